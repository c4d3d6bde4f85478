package dev.cprops.mock;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The mock server's package rule: no two packages depend on each other. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cprops.mock");

  @Test
  void noTwoPackagesDependOnEachOther() {
    slices().matching("dev.cprops.(**)").should().beFreeOfCycles().check(MAIN);
  }
}

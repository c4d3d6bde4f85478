package dev.cprops.connector;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The connector's package rules: no cycles, and a small public face outside its Java client. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cprops.connector");

  @Test
  void noTwoPackagesDependOnEachOther() {
    slices().matching("dev.cprops.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void atMostFivePublicTypes_outsideTheClientAndInternalPackages() {
    List<String> publicTypes =
        MAIN.stream()
            .filter(c -> c.getPackageName().startsWith("dev.cprops.connector"))
            .filter(c -> !c.getPackageName().startsWith("dev.cprops.connector.spi"))
            .filter(c -> !c.getPackageName().startsWith("dev.cprops.connector.client"))
            .filter(c -> !c.getPackageName().startsWith("dev.cprops.connector.internal"))
            .filter(JavaClass::isTopLevelClass)
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .map(JavaClass::getName)
            .toList();

    assertThat(publicTypes)
        .hasSizeLessThanOrEqualTo(5)
        .contains(CustomerPropertiesConnector.class.getName());
  }
}

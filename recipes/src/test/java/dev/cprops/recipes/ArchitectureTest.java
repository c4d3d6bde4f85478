package dev.cprops.recipes;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The runner is a platform adapter: it knows connectors only through the SPI, and its tests know
 * the mock server only through its public face (the {@code MockServer} facade, the JUnit extension
 * and the admin client).
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.cprops.recipes");
  private static final JavaClasses TESTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
          .importPackages("dev.cprops.recipes");

  @Test
  void noTwoPackagesDependOnEachOther() {
    slices().matching("dev.cprops.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theRunnerUsesNoConnectorTypeOutsideTheSpi() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.cprops.connector..")
                .and(not(resideInAPackage("dev.cprops.connector.spi.."))))
        .check(MAIN);
  }

  @Test
  void testsUseOnlyTheMockServersPublicFace() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.cprops.mock.api..",
            "dev.cprops.mock.admin..",
            "dev.cprops.mock.chaos..",
            "dev.cprops.mock.crm..",
            "dev.cprops.mock.persistence..",
            "dev.cprops.mock.ratelimit..",
            "dev.cprops.mock.seed..",
            "dev.cprops.mock.store..",
            "dev.cprops.mock.values..",
            "dev.cprops.mock.webhooks..")
        .check(TESTS);
  }
}

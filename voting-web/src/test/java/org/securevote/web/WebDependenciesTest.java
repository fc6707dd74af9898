package org.securevote.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web module's parts depend one way, and pages reach the data only through boundaries. */
class WebDependenciesTest {
  private static JavaClasses web;

  @BeforeAll
  static void importWeb() {
    web =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.securevote.web");
  }

  @Test
  void noPartImportsOneThatImportsItBack() {
    slices().matching("org.securevote.web.(*)..").should().beFreeOfCycles().check(web);
  }

  @Test
  void noJpaInTheWebModule() {
    noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(web);
  }
}

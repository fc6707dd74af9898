package org.securevote;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.TransactionAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which way the business components depend, and where transactions and roles may be declared. */
class ComponentDependenciesTest {
  private static JavaClasses business;

  @BeforeAll
  static void importBusiness() {
    business =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.securevote");
  }

  @Test
  void noComponentImportsOneThatImportsItBack() {
    slices().matching("org.securevote.(*)..").should().beFreeOfCycles().check(business);
  }

  /**
   * Ballots on top of voters and trustees, both on top of elections; staff beside them; accounts
   * and the audit chain underneath.
   */
  @Test
  void componentsDependDownwardsOnly() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("monitoring")
        .definedBy("org.securevote.monitoring..")
        .layer("ballot")
        .definedBy("org.securevote.ballot..")
        .layer("staff")
        .definedBy("org.securevote.staff..")
        .layer("voter")
        .definedBy("org.securevote.voter..")
        .layer("trustee")
        .definedBy("org.securevote.trustee..")
        .layer("election")
        .definedBy("org.securevote.election..")
        .layer("access")
        .definedBy("org.securevote.access..")
        .layer("audit")
        .definedBy("org.securevote.audit..")
        .layer("account")
        .definedBy("org.securevote.account..")
        .whereLayer("monitoring")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("ballot")
        .mayOnlyBeAccessedByLayers("monitoring")
        .whereLayer("staff")
        .mayOnlyBeAccessedByLayers("monitoring")
        .whereLayer("voter")
        .mayOnlyBeAccessedByLayers("ballot", "monitoring")
        .whereLayer("trustee")
        .mayOnlyBeAccessedByLayers("ballot", "monitoring")
        .whereLayer("election")
        .mayOnlyBeAccessedByLayers("voter", "trustee", "ballot", "monitoring")
        .whereLayer("access")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("audit")
        .mayOnlyBeAccessedByLayers(
            "access", "election", "voter", "trustee", "staff", "ballot", "monitoring")
        .whereLayer("account")
        .mayOnlyBeAccessedByLayers(
            "access", "election", "voter", "trustee", "staff", "ballot", "monitoring")
        .check(business);
  }

  @Test
  void theSharedGroundDependsOnNoComponent() {
    noClasses()
        .that()
        .resideInAnyPackage("org.securevote.platform..", "org.securevote.integrity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.securevote.access..",
            "org.securevote.account..",
            "org.securevote.audit..",
            "org.securevote.ballot..",
            "org.securevote.election..",
            "org.securevote.monitoring..",
            "org.securevote.staff..",
            "org.securevote.trustee..",
            "org.securevote.voter..")
        .check(business);
  }

  @Test
  void onlyBoundariesCarryRolesAndTransactions() {
    classes()
        .that()
        .areAnnotatedWith(RolesAllowed.class)
        .or()
        .areAnnotatedWith(PermitAll.class)
        .or()
        .areAnnotatedWith(TransactionAttribute.class)
        .should()
        .resideInAPackage("..boundary..")
        .check(business);
  }
}

package id.slrt.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules' boundaries, checked on the compiled classes of every module and the web layer:
 * modules meet only through each other's {@code api} packages (and CDI events declared there),
 * module-core knows no module, no module knows the web layer, and a module's {@code api} depends on
 * nothing inside its own module, so that it could be a jar of its own.
 */
class ModuleBoundariesTest {
  private static final String[] MODULES = {"intake", "referral", "pkh", "reporting"};
  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.slrt");
  }

  @Test
  void coreKnowsNoModuleAndNoModuleKnowsTheWebLayer() {
    noClasses()
        .that()
        .resideInAPackage("id.slrt.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.slrt.intake..",
            "id.slrt.referral..",
            "id.slrt.pkh..",
            "id.slrt.reporting..",
            "id.slrt.web..")
        .check(classes);
    noClasses()
        .that()
        .resideInAnyPackage(
            "id.slrt.intake..", "id.slrt.referral..", "id.slrt.pkh..", "id.slrt.reporting..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("id.slrt.web..")
        .check(classes);
  }

  @Test
  void modulesAndTheWebLayerUseOtherModulesOnlyThroughTheirApi() {
    for (String module : MODULES) {
      String inside = "id.slrt." + module + ".(domain|application|infrastructure)..";
      noClasses()
          .that()
          .resideOutsideOfPackage("id.slrt." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "id.slrt." + module + ".domain..",
              "id.slrt." + module + ".application..",
              "id.slrt." + module + ".infrastructure..")
          .as("only " + module + " itself uses " + inside)
          .check(classes);
    }
  }

  @Test
  void aModulesApiDependsOnNothingInsideTheModule() {
    for (String module : MODULES) {
      noClasses()
          .that()
          .resideInAPackage("id.slrt." + module + ".api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "id.slrt." + module + ".domain..",
              "id.slrt." + module + ".application..",
              "id.slrt." + module + ".infrastructure..")
          .allowEmptyShould(true) // a module whose api is still empty
          .check(classes);
    }
  }
}

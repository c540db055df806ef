package org.matchwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of architecture.md that a machine can check. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        ImportOption noTestJars = location -> !location.contains("-tests.jar") && !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(noTestJars).importPackages("org.matchwise");
    }

    /** Core's classes, taken from core's own build output: feature packages share names across modules. */
    static JavaClasses coreClasses() {
        var location = com.tngtech.archunit.core.importer.Location.of(
                org.matchwise.applicant.ApplicantProfile.class.getProtectionDomain().getCodeSource().getLocation());
        return new ClassFileImporter().importLocations(java.util.Set.of(location));
    }

    @Test
    void core_depends_on_no_framework() {
        JavaClasses core = coreClasses();
        org.assertj.core.api.Assertions.assertThat(core.contain(org.matchwise.assessment.Assessor.class)).isTrue();
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "com.vaadin..", "tools.jackson..", "com.fasterxml..", "org.thymeleaf..", "jakarta.servlet..")
                .check(core);
    }

    @Test
    void views_and_controllers_never_touch_repositories_or_entities() {
        noClasses().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(RestController.class)
                .or().resideInAnyPackage("org.matchwise..ui..", "org.matchwise..api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.matchwise..persistence..")
                .orShould().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(classes);
    }

    @Test
    void persistence_and_reports_do_not_depend_on_the_web_layer() {
        noClasses().that().resideInAnyPackage("org.matchwise..persistence..", "org.matchwise.reports..",
                        "org.matchwise.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.matchwise..ui..",
                        "org.matchwise..api..", "org.springframework.security..")
                .check(classes);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(classes);
    }
}

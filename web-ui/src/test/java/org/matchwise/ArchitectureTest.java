package org.matchwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of architecture.md that a machine can check. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ApplicationClasses.get();
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

    /**
     * The application's feature packages (the first segment under org.matchwise in this module: admin, applicant,
     * dashboard, worklist, ...) form no cycle: a screen that uses two features lives in the one that depends on
     * the other (the access log's screen is an admin screen; the worklist's screen lives in worklist.ui). Core's
     * domain packages are one module with its own rules (CoreArchitectureTest).
     */
    @Test
    void feature_packages_form_no_cycle() {
        var location = com.tngtech.archunit.core.importer.Location.of(
                MatchwiseApplication.class.getProtectionDomain().getCodeSource().getLocation());
        JavaClasses application = new ClassFileImporter().importLocations(java.util.Set.of(location));
        org.assertj.core.api.Assertions.assertThat(application.contain(MatchwiseApplication.class)).isTrue();
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("org.matchwise.(*)..").should().beFreeOfCycles().check(application);
    }

    /** Services, repositories and jobs never reach into a screen: the UI depends on them, never the reverse. */
    @Test
    void nothing_outside_the_ui_depends_on_the_ui() {
        noClasses().that().resideOutsideOfPackages("org.matchwise..ui..")
                // the security configuration names the login screen: wiring, not a service
                .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.matchwise..ui..")
                .check(classes);
    }

    /**
     * Every public method of an application service says who may call it: {@code @PreAuthorize} on the method or
     * on the class (Spring's method security enforces it), so a new method cannot be left open by forgetting it.
     */
    @Test
    void every_public_service_method_declares_who_may_call_it() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(org.springframework.stereotype.Service.class)
                .and().arePublic().and().areNotStatic()
                .should(declareWhoMayCall())
                .check(classes);
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> declareWhoMayCall() {
        return new com.tngtech.archunit.lang.ArchCondition<>("be guarded by @PreAuthorize (on the method or its class)") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                boolean guarded = method.isAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class);
                if (!guarded) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                            method.getFullName() + " declares nobody who may call it"));
                }
            }
        };
    }

    /**
     * Only the sign-in screens (signing in, setting a password from an invitation or reset, asking for a reset)
     * and error screens open without signing in.
     */
    @Test
    void only_sign_in_and_error_views_are_anonymous() {
        classes().that().areAnnotatedWith(Route.class).and().areAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                // sign-in (password, single sign-on and its refusal page, the second step) and account setup
                .should().resideInAnyPackage("org.matchwise.security..", "org.matchwise.invitation.ui..")
                .orShould().implement(com.vaadin.flow.router.HasErrorParameter.class)
                .orShould().haveSimpleName("DatabaseUnavailableView")
                .check(classes);
    }

    /** Installation-time account setup ({@code permitAll}) stays out of reach of views, endpoints and jobs. */
    @Test
    void only_installation_code_creates_schools_and_accounts_unguarded() {
        noClasses().that().resideOutsideOfPackages("org.matchwise.security", "org.matchwise.demo")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.matchwise.security.AccountSetup")
                .check(classes);
    }
}

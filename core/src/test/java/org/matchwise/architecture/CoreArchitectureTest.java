package org.matchwise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.matchwise", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_on_no_framework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..", "com.vaadin..",
                    "tools.jackson..", "com.fasterxml..", "org.hibernate..")
            .because("core is the pure domain: house rule 1");

    @ArchTest
    static final ArchRule the_domain_packages_form_no_cycles = slices()
            .matching("org.matchwise.(applicant|ruleset|flags|readiness|assessment)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_applicant_model_depends_on_no_rule = noClasses().that().resideInAPackage("org.matchwise.applicant..")
            .should().dependOnClassesThat().resideInAnyPackage("org.matchwise.ruleset..", "org.matchwise.flags..",
                    "org.matchwise.readiness..", "org.matchwise.assessment..");
}

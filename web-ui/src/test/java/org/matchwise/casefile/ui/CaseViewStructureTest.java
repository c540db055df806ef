package org.matchwise.casefile.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The case view is a route over section components that never import it (no circle between them and the view), and
 * the entry editors both roles share know neither the case view nor the portal.
 */
class CaseViewStructureTest {

    private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.matchwise.casefile.ui", "org.matchwise.applicant.ui", "org.matchwise.portal.ui");

    @Test
    void no_section_of_the_case_view_depends_on_the_view() {
        noClasses().that().resideInAPackage("org.matchwise.casefile.ui")
                .and().doNotHaveSimpleName("CaseView")
                .should().dependOnClassesThat().haveSimpleName("CaseView")
                .check(classes);
    }

    @Test
    void the_shared_entry_editors_know_neither_the_case_view_nor_the_portal() {
        noClasses().that().resideInAPackage("org.matchwise.applicant.ui")
                .should().dependOnClassesThat().resideInAnyPackage("org.matchwise.casefile..", "org.matchwise.portal..")
                .check(classes);
    }
}

package org.matchwise;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary from core to the screen (issue 15): no two enums of the application (core, persistence, reports,
 * web-ui) have the same constants. Such twins were bridged by {@code valueOf(x.name())}, which compiles whatever
 * one side adds and fails only at run time; a value that several layers share lives once, in the lowest module all
 * of them see. Enums that only share words are named here with why they differ.
 */
class OneVocabularyTest {

    /** Same words, different things: who edits an entry on a screen, who carries out a remediation action. */
    private static final Set<String> SAME_WORDS_DIFFERENT_THINGS = Set.of("org.matchwise.applicant.ui.EditorRole",
            "org.matchwise.remediation.Owner");

    @Test
    void noTwoEnumsOfTheApplicationHaveTheSameConstants() {
        ImportOption noTestJars = location -> !location.contains("-tests.jar") && !location.contains("/test-classes/");
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(noTestJars).importPackages("org.matchwise");
        Map<Set<String>, List<String>> byConstants = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (JavaClass c : classes) {
            if (c.isEnum() && c.getEnumConstants().size() > 1) {
                Set<String> constants = c.getEnumConstants().stream().map(JavaEnumConstant::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                byConstants.computeIfAbsent(constants, k -> new java.util.ArrayList<>()).add(c.getName());
            }
        }

        assertThat(classes.contain(org.matchwise.reportexport.ExportStatus.class)).isTrue();
        assertThat(classes.contain(org.matchwise.dashboard.ListSort.class)).isTrue();
        assertThat(byConstants.values()).as("enums with the same constants")
                .filteredOn(names -> !SAME_WORDS_DIFFERENT_THINGS.containsAll(names))
                .allMatch(names -> names.size() == 1);
    }
}

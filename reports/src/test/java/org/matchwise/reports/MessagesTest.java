package org.matchwise.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.applicant.LetterStrength;
import org.matchwise.charts.MilestoneKind;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.Verdict;

class MessagesTest {

    private static final ResourceBundle BUNDLE = ReportMessages.bundle(Locale.ROOT);

    @Test
    void everyLiteralMessageKeyInTheTemplatesIsInTheBundle() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literalKey = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
        for (String template : new String[] {"layout", "progress-summary", "readiness-report", "cohort-summary"}) {
            Matcher m = literalKey.matcher(template(template));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(80);
        assertThat(keys).allSatisfy(key -> assertThat(BUNDLE.containsKey(key)).as(key).isTrue());
    }

    @Test
    void everyEnumValueAReportPrintsHasALabel() {
        Map<String, Class<? extends Enum<?>>> vocabularies = new LinkedHashMap<>();
        vocabularies.put("severity", Severity.class);
        vocabularies.put("pattern", PatternMark.class);
        vocabularies.put("category", FlagCategory.class);
        vocabularies.put("outcome", ExamOutcome.class);
        vocabularies.put("cycleOutcome", CycleOutcome.class);
        vocabularies.put("experience", ClinicalKind.class);
        vocabularies.put("letterStatus", LetterStatus.class);
        vocabularies.put("letterStrength", LetterStrength.class);
        vocabularies.put("actionStatus", ReportActionStatus.class);
        vocabularies.put("verdict", Verdict.class);
        vocabularies.put("readiness.verdict", Verdict.class);
        vocabularies.put("readiness.verdictExplain", Verdict.class);
        vocabularies.put("readiness.checklist", ReportChecklistKind.class);
        vocabularies.put("step2", Step2Status.class);
        vocabularies.put("step2.milestone", MilestoneKind.class);
        vocabularies.put("report.variant", Variant.class);
        vocabularies.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(BUNDLE.containsKey(prefix + "." + value.name())).as(prefix + "." + value.name()).isTrue();
            }
        });
    }

    @Test
    void everyMessageIsAValidPatternWithApostrophesDoubled() {
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String key : Collections.list(BUNDLE.getKeys())) {
            String pattern = BUNDLE.getString(key);
            new MessageFormat(pattern, Locale.US); // throws on a malformed pattern
            assertThat(loneApostrophe.matcher(pattern).find())
                    .as("%s has a single apostrophe, which MessageFormat would swallow", key).isFalse();
        }
    }

    @Test
    void yearsPrintWithoutAThousandsSeparator() {
        assertThat(new ReportMessages(Locale.US).get("report.ruleSet", "School", 2027, 3))
                .isEqualTo("Rule set used: School, match year 2027, version 3");
    }

    private static String template(String name) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/matchwise/reports/templates/" + name + ".html")) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

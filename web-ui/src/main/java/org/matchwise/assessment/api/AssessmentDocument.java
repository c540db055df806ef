package org.matchwise.assessment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.matchwise.assessment.Assessment;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.PatternMark;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Status;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.ChecklistKind;
import org.matchwise.readiness.Reason;
import org.matchwise.readiness.Verdict;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment answer of profile-format.md: flags sorted by rule id with {@code pattern} only where the
 * rule has one, the Step 2 CK timing and the readiness verdict with reasons, checklist and disclaimer.
 * Besides the contract's fields, reasons carry their severity and evidence, and the checklist is also given
 * with its kinds and evidence as {@code checklistItems}. The same JSON is stored with each assessment.
 */
@Schema(name = "Assessment")
@JsonPropertyOrder({"matchYear", "asOf", "ruleSet", "flags", "step2Timing", "readiness"})
public record AssessmentDocument(int matchYear, LocalDate asOf, RuleSetJson ruleSet, List<FlagJson> flags,
        Step2TimingJson step2Timing, ReadinessJson readiness) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Schema(name = "AssessmentRuleSet")
    @JsonPropertyOrder({"school", "matchYear", "version"})
    public record RuleSetJson(String school, int matchYear, int version) {
    }

    /** {@code pattern} is present only for R1, R6, R12 and R13. */
    @Schema(name = "AssessmentFlag")
    @JsonPropertyOrder({"rule", "category", "severity", "pattern", "message", "evidence"})
    public record FlagJson(RuleId rule, FlagCategory category, Severity severity,
            @JsonInclude(JsonInclude.Include.NON_NULL) PatternMark pattern, String message, List<String> evidence) {
    }

    @Schema(name = "AssessmentStep2Timing")
    @JsonPropertyOrder({"status", "scoreAvailableBy", "programsOpen"})
    public record Step2TimingJson(Step2Status status, LocalDate scoreAvailableBy, LocalDate programsOpen) {
    }

    @Schema(name = "AssessmentReadiness")
    @JsonPropertyOrder({"verdict", "reasons", "checklist", "checklistItems", "disclaimer"})
    public record ReadinessJson(Verdict verdict, List<ReasonJson> reasons, List<String> checklist,
            List<ChecklistItemJson> checklistItems, String disclaimer) {
    }

    @Schema(name = "AssessmentReason")
    @JsonPropertyOrder({"rule", "text", "severity", "blocking", "evidence"})
    public record ReasonJson(RuleId rule, String text, Severity severity, boolean blocking, List<String> evidence) {
    }

    @Schema(name = "AssessmentChecklistItem")
    @JsonPropertyOrder({"kind", "text", "evidence"})
    public record ChecklistItemJson(ChecklistKind kind, String text, List<String> evidence) {
    }

    public static AssessmentDocument of(Assessment a) {
        return new AssessmentDocument(a.matchYear(), a.asOf(),
                new RuleSetJson(a.ruleSet().school(), a.ruleSet().matchYear(), a.ruleSet().version()),
                a.flags().stream().map(AssessmentDocument::flag).toList(),
                new Step2TimingJson(a.step2Timing().status(), a.step2Timing().scoreAvailableBy(),
                        a.step2Timing().programsOpen()),
                new ReadinessJson(a.readiness().verdict(),
                        a.readiness().reasons().stream().map(AssessmentDocument::reason).toList(),
                        a.readiness().checklist().stream().map(ChecklistItem::text).toList(),
                        a.readiness().checklist().stream().map(AssessmentDocument::item).toList(),
                        a.readiness().disclaimer()));
    }

    /** The assessment as stored beside a record or a snapshot: the same JSON as the API answers. */
    public static String json(Assessment a) {
        return JSON.writeValueAsString(of(a));
    }

    /**
     * The verdict of a stored assessment document ({@link #json}); null when it has none. A document that is not JSON
     * is logged as such (a stored document is ours: that is a defect, not input) and has no verdict.
     */
    public static String verdictOf(String stored) {
        try {
            return JSON.readTree(stored).path("readiness").path("verdict").asString(null);
        } catch (JacksonException e) {
            LoggerFactory.getLogger(AssessmentDocument.class).warn("a stored assessment is not JSON: {}",
                    e.getOriginalMessage());
            return null;
        }
    }

    private static FlagJson flag(Flag f) {
        return new FlagJson(f.rule(), f.category(), f.severity(), f.pattern(), f.message(), List.copyOf(f.evidence()));
    }

    private static ReasonJson reason(Reason r) {
        return new ReasonJson(r.rule(), r.text(), r.severity(), r.blocking(), List.copyOf(r.evidence()));
    }

    private static ChecklistItemJson item(ChecklistItem c) {
        return new ChecklistItemJson(c.kind(), c.text(), List.copyOf(c.evidence()));
    }
}

package org.matchwise.readiness;

import org.matchwise.text.MessageTemplates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.flags.Figures;
import org.matchwise.flags.Flag;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.LetterRequirementCount;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.flags.Step2Timing;
import org.matchwise.ruleset.ProgramRecommendation;
import org.matchwise.ruleset.RuleSet;

/**
 * Turns flags and figures into a readiness verdict, reasons, checklist and domain assessments.
 *
 * <p>Verdict (domain.md): NOT_READY when R13 fires and some professionalism event has no formal
 * remediation, R16, R7 or R14 is HIGH, or R9 and R10 both fire; otherwise READY_WITH_RISKS when any
 * MEDIUM or HIGH flag (manual ones included) is open; otherwise READY.
 *
 * <p>Decisions where domain.md is silent: the flags that need a written explanation are those
 * programs read as a story to explain ({@link #EXPLAINED}): exam failures, attempts, score drop,
 * gaps, leaves, time since graduation, academic and professionalism events, earlier cycles. Low
 * scores, USCE, letters, timing, scatter and data-quality flags are answered by action, not by an
 * explanation. When some flag is HIGH and the applicant targets one specialty family only, the
 * strategy domain suggests a dual application (seeds 000, 004).
 */
public final class ReadinessAssessor {
    /** The flag categories that need an explanation before ERAS certification. */
    public static final Set<FlagCategory> EXPLAINED = Set.copyOf(EnumSet.of(FlagCategory.EXAM_FAILURE,
            FlagCategory.MULTIPLE_ATTEMPTS, FlagCategory.SCORE_DROP, FlagCategory.TRAINING_GAP,
            FlagCategory.LEAVE_OF_ABSENCE, FlagCategory.TIME_SINCE_GRADUATION, FlagCategory.ACADEMIC_CONCERN,
            FlagCategory.PROFESSIONALISM, FlagCategory.MULTIPLE_CYCLES));

    private ReadinessAssessor() {
    }

    public static Readiness assess(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf, List<Flag> flags,
            Step2Timing timing, Map<FlagCategory, ExplanationStatus> explanations, Locale locale) {
        return assess(profile, ruleSet, asOf, flags, timing, explanations, locale, false);
    }

    /**
     * The readiness, with a checklist for the season's phase on {@code asOf} ({@link SeasonPhase#of}).
     *
     * @param cycleSubmitted whether the applicant's cycle of the rule set's match year has been submitted
     */
    public static Readiness assess(ApplicantProfile profile, RuleSet ruleSet, LocalDate asOf, List<Flag> flags,
            Step2Timing timing, Map<FlagCategory, ExplanationStatus> explanations, Locale locale,
            boolean cycleSubmitted) {
        MessageTemplates m = MessageTemplates.of("org.matchwise.readiness.messages", locale);
        Map<FlagCategory, ExplanationStatus> status = explanations == null ? Map.of() : explanations;
        Map<RuleId, Flag> byRule = new EnumMap<>(RuleId.class);
        for (Flag f : flags) {
            if (f.rule() != RuleId.R18) {
                byRule.put(f.rule(), f);
            }
        }

        List<Reason> blockers = blockers(profile, byRule, m);
        Set<RuleId> blocking = EnumSet.noneOf(RuleId.class);
        for (Reason r : blockers) {
            blocking.add(r.rule());
        }
        List<Reason> reasons = new ArrayList<>(blockers);
        boolean risky = false;
        for (Flag f : flags) {
            risky |= f.severity().atLeast(Severity.MEDIUM);
            if (f.rule() == RuleId.R18 || !blocking.contains(f.rule())) {
                reasons.add(reasonOf(f));
            }
        }
        Verdict verdict = !blockers.isEmpty() ? Verdict.NOT_READY : risky ? Verdict.READY_WITH_RISKS : Verdict.READY;

        ProfileFigures figures = new ProfileFigures(Figures.handsOnUsMonths(profile, ruleSet, asOf),
                Figures.specialtyCoverage(profile, ruleSet), Figures.lettersByStatus(profile),
                Figures.letterRequirementCounts(profile, ruleSet, profile.primarySpecialty()));
        CycleComparison comparison = CycleComparison.of(profile, ruleSet, asOf).orElse(null);

        SeasonPhase season = SeasonPhase.of(ruleSet.calendar(), asOf, cycleSubmitted);
        List<ChecklistItem> checklist = switch (season) {
            case PREPARING -> checklist(profile, ruleSet, flags, timing, status, figures, m);
            case INTERVIEW_SEASON -> SeasonChecklists.interviewSeason(profile, ruleSet, asOf, flags, verdict,
                    cycleSubmitted, m);
            case AFTER_MATCH -> SeasonChecklists.afterMatch(profile, ruleSet, flags, m);
        };
        List<DomainAssessment> domains = domains(profile, ruleSet, flags, timing, status, figures, comparison, m);
        return new Readiness(verdict, reasons, checklist, domains, figures, comparison, m.get("disclaimer"), season);
    }

    private static List<Reason> blockers(ApplicantProfile profile, Map<RuleId, Flag> byRule, MessageTemplates m) {
        List<Reason> out = new ArrayList<>();
        Flag r7 = byRule.get(RuleId.R7);
        Flag r9 = byRule.get(RuleId.R9);
        Flag r10 = byRule.get(RuleId.R10);
        Flag r13 = byRule.get(RuleId.R13);
        Flag r14 = byRule.get(RuleId.R14);
        Flag r16 = byRule.get(RuleId.R16);
        if (r7 != null && r7.severity() == Severity.HIGH) {
            out.add(blocker(r7, m.get("block.r7", r7.message())));
        }
        if (r9 != null && r10 != null) {
            out.add(blocker(r9, m.get("block.r9r10", r9.message())));
            out.add(blocker(r10, m.get("block.r9r10", r10.message())));
        }
        if (r13 != null) {
            List<String> unremediated = new ArrayList<>();
            List<ProfessionalismEvent> events = profile.professionalismEvents();
            for (int i = 0; i < events.size(); i++) {
                if (!events.get(i).formalRemediation()) {
                    unremediated.add("professionalismEvents[" + i + "]");
                }
            }
            if (!unremediated.isEmpty()) {
                out.add(new Reason(RuleId.R13, r13.severity(), true, m.get("block.r13", r13.message()), unremediated));
            }
        }
        if (r14 != null && r14.severity() == Severity.HIGH) {
            out.add(blocker(r14, m.get("block.r14", r14.message())));
        }
        if (r16 != null && r16.severity() == Severity.HIGH) {
            out.add(blocker(r16, m.get("block.r16", r16.message())));
        }
        out.sort((a, b) -> Integer.compare(a.rule().number(), b.rule().number()));
        return out;
    }

    private static Reason reasonOf(Flag f) {
        return new Reason(f.rule(), f.severity(), false, f.message(), f.evidence());
    }

    private static Reason blocker(Flag f, String text) {
        return new Reason(f.rule(), f.severity(), true, text, f.evidence());
    }

    private static List<ChecklistItem> checklist(ApplicantProfile profile, RuleSet ruleSet, List<Flag> flags,
            Step2Timing timing, Map<FlagCategory, ExplanationStatus> status, ProfileFigures figures, MessageTemplates m) {
        List<ChecklistItem> out = new ArrayList<>();
        for (Flag f : flags) {
            if (!EXPLAINED.contains(f.category())) {
                continue;
            }
            ExplanationStatus s = status.getOrDefault(f.category(), ExplanationStatus.MISSING);
            if (s == ExplanationStatus.MISSING) {
                out.add(new ChecklistItem(ChecklistKind.EXPLANATION_MISSING, m.get("check.explanation.missing", f.category()), f.evidence()));
            } else if (s == ExplanationStatus.DRAFTED) {
                out.add(new ChecklistItem(ChecklistKind.EXPLANATION_NOT_REVIEWED, m.get("check.explanation.review", f.category()), f.evidence()));
            }
        }
        for (LetterRequirementCount c : figures.letterRequirements()) {
            if (c.missingDone() > 0) {
                out.add(new ChecklistItem(ChecklistKind.LETTERS_SHORT, m.get("check.letters.short",
                        profile.primarySpecialty(), c.requirement().count(), specialties(c.requirement().specialties(), m), c.done()),
                        c.evidence()));
            }
        }
        List<Letter> letters = profile.letters();
        for (int i = 0; i < letters.size(); i++) {
            Letter l = letters.get(i);
            if (!l.status().isDone()) {
                out.add(new ChecklistItem(ChecklistKind.LETTER_NOT_RECEIVED, m.get("check.letter", l.writer(), l.status()),
                        List.of("letters[" + i + "]")));
            }
        }
        if (timing.scoreAvailableBy() == null || timing.scoreAvailableBy().isAfter(timing.programsOpen())) {
            List<String> evidence = timing.attemptIndex() >= 0 ? List.of("exams[" + timing.attemptIndex() + "]") : List.of("exams");
            out.add(new ChecklistItem(ChecklistKind.STEP2_SCORE_NOT_AVAILABLE,
                    m.get("check.step2", timing.exam(), timing.programsOpen()), evidence));
        }
        List<Cycle> cycles = profile.cycles();
        for (int i = 0; i < cycles.size(); i++) {
            Cycle c = cycles.get(i);
            if (c.matchYear() != ruleSet.matchYear()) {
                continue;
            }
            for (SpecialtyApplication a : c.specialties()) {
                ProgramRecommendation rec = ruleSet.recommendedPrograms(a.specialty());
                if (rec != null && a.programsApplied() < rec.minimum()) {
                    out.add(new ChecklistItem(ChecklistKind.PROGRAM_LIST_SHORT,
                            m.get("check.programs", a.specialty(), a.programsApplied(), rec.minimum()), List.of("cycles[" + i + "]")));
                }
            }
        }
        return out;
    }

    private static String specialties(Set<?> group, MessageTemplates m) {
        List<String> names = new ArrayList<>();
        for (org.matchwise.applicant.Specialty s : org.matchwise.applicant.Specialty.values()) {
            if (group.contains(s)) {
                names.add(m.label(s));
            }
        }
        return String.join(m.get("list.or"), names);
    }

    static ReadinessDomain domainOf(RuleId rule) {
        return switch (rule) {
            case R1, R2, R3, R4 -> ReadinessDomain.EXAMS;
            case R8, R9, R10 -> ReadinessDomain.CLINICAL_EXPERIENCE;
            case R11 -> ReadinessDomain.LETTERS;
            case R16 -> ReadinessDomain.TIMELINE;
            case R15 -> ReadinessDomain.STRATEGY;
            case R14 -> ReadinessDomain.REAPPLICATION;
            default -> ReadinessDomain.FLAGS;
        };
    }

    private static List<DomainAssessment> domains(ApplicantProfile profile, RuleSet ruleSet, List<Flag> flags,
            Step2Timing timing, Map<FlagCategory, ExplanationStatus> status, ProfileFigures figures,
            CycleComparison comparison, MessageTemplates m) {
        Map<ReadinessDomain, List<Reason>> points = new EnumMap<>(ReadinessDomain.class);
        Map<ReadinessDomain, Severity> worst = new EnumMap<>(ReadinessDomain.class);
        for (ReadinessDomain d : ReadinessDomain.values()) {
            points.put(d, new ArrayList<>());
        }
        boolean anyHigh = false;
        for (Flag f : flags) {
            ReadinessDomain d = domainOf(f.rule());
            points.get(d).add(reasonOf(f));
            worst.merge(d, f.severity(), Severity::max);
            anyHigh |= f.severity() == Severity.HIGH;
            if (EXPLAINED.contains(f.category())) {
                ExplanationStatus s = status.getOrDefault(f.category(), ExplanationStatus.MISSING);
                points.get(ReadinessDomain.FLAGS).add(new Reason(f.rule(), null, false,
                        m.get("domain.explanation", f.category(), s), f.evidence()));
            }
        }
        points.get(ReadinessDomain.CLINICAL_EXPERIENCE).add(new Reason(null, null, false,
                m.get("domain.handsOn", MessageTemplates.months(figures.handsOnUsMonths())), List.of()));
        for (var c : figures.coverage()) {
            points.get(ReadinessDomain.CLINICAL_EXPERIENCE).add(new Reason(null, null, false,
                    m.get(c.covered() ? "domain.covered" : "domain.notCovered", c.target()), c.evidence()));
        }
        for (LetterRequirementCount c : figures.letterRequirements()) {
            points.get(ReadinessDomain.LETTERS).add(new Reason(null, null, false, m.get("domain.letters",
                    c.requirement().count(), specialties(c.requirement().specialties(), m), c.counted(), c.done()), c.evidence()));
        }
        List<String> timingEvidence = timing.attemptIndex() >= 0 ? List.of("exams[" + timing.attemptIndex() + "]") : List.of();
        points.get(ReadinessDomain.TIMELINE).add(new Reason(null, null, false, timing.scoreAvailableBy() == null
                ? m.get("domain.step2.none", timing.exam(), timing.status(), timing.programsOpen())
                : m.get("domain.step2", timing.exam(), timing.status(), timing.scoreAvailableBy(), timing.programsOpen()),
                timingEvidence));
        for (var target : profile.targetSpecialties()) {
            ProgramRecommendation rec = ruleSet.recommendedPrograms(target);
            if (rec != null) {
                points.get(ReadinessDomain.STRATEGY).add(new Reason(null, null, false, rec.typicalMaximum() == null
                        ? m.get("domain.programs.open", target, rec.minimum())
                        : m.get("domain.programs", target, rec.minimum(), rec.typicalMaximum()), List.of("targetSpecialties")));
            }
        }
        if (anyHigh && singleFamily(profile, ruleSet)) {
            points.get(ReadinessDomain.STRATEGY).add(new Reason(null, null, false, m.get("domain.dual"), List.of("targetSpecialties")));
        }
        if (comparison != null) {
            points.get(ReadinessDomain.REAPPLICATION).add(new Reason(RuleId.R14, null, false, m.get("domain.changes",
                    comparison.lastUnmatchedMatchYear(), comparison.since(), MessageTemplates.months(comparison.newUsHandsOnMonths()),
                    comparison.newLetters().size(), comparison.newExamResults().size(), comparison.newResearch().size()),
                    concat(comparison)));
        }
        List<DomainAssessment> out = new ArrayList<>();
        for (ReadinessDomain d : ReadinessDomain.values()) {
            out.add(new DomainAssessment(d, worst.get(d), points.get(d)));
        }
        return out;
    }

    static boolean singleFamily(ApplicantProfile profile, RuleSet ruleSet) {
        Set<org.matchwise.applicant.Specialty> targets = EnumSet.noneOf(org.matchwise.applicant.Specialty.class);
        for (var s : profile.targetSpecialties()) {
            if (!ruleSet.universalSpecialties().contains(s)) {
                targets.add(s);
            }
        }
        if (targets.size() <= 1) {
            return true;
        }
        for (var family : ruleSet.families()) {
            if (family.containsAll(targets)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(CycleComparison c) {
        List<String> all = new ArrayList<>(c.newClinicalExperiences());
        all.addAll(c.newLetters());
        all.addAll(c.newExamResults());
        for (String t : c.newTimelineEntries()) {
            if (!all.contains(t)) {
                all.add(t);
            }
        }
        return all;
    }
}

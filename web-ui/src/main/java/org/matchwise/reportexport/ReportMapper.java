package org.matchwise.reportexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.ApplicantViews.SnapshotView;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.assessment.Assessment;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.readiness.CycleComparison;
import org.matchwise.readiness.ReadinessDomain;
import org.matchwise.readiness.SeasonPhase;
import org.matchwise.readiness.Verdict;
import org.matchwise.reports.CycleInfo;
import org.matchwise.reports.ExamLine;
import org.matchwise.reports.ExperienceLine;
import org.matchwise.reports.FlagLine;
import org.matchwise.reports.LetterLine;
import org.matchwise.reports.NoteLine;
import org.matchwise.reports.PastCycle;
import org.matchwise.reports.PracticeScoreLine;
import org.matchwise.reports.ProgramStrategy;
import org.matchwise.reports.ProgressSummary;
import org.matchwise.reports.ReadinessReport;
import org.matchwise.reports.RemediationPlan;
import org.matchwise.reports.ReportActionStatus;
import org.matchwise.reports.ReportApplicant;
import org.matchwise.reports.ReportChecklistItem;
import org.matchwise.reports.ReportChecklistKind;
import org.matchwise.reports.ReportEvidence;
import org.matchwise.reports.ReportHeader;
import org.matchwise.reports.ReportReason;
import org.matchwise.reports.ReportSpecialtyCoverage;
import org.matchwise.reports.ReportStep2Timing;
import org.matchwise.reports.RuleSetRef;
import org.matchwise.reports.ScoreTarget;
import org.matchwise.reports.SinceLastCycle;
import org.matchwise.reports.StrategyLine;
import org.matchwise.reports.UsceSummary;
import org.matchwise.ruleset.ProgramRecommendation;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.ScoreBands;

/**
 * Turns an applicant's stored data (record, assessment, stored flags with their states, notes, plan, cycle
 * snapshots) into the display-ready report models. Pure: everything it reads comes in through
 * {@link ApplicantData}, which the service has already loaded for a caller it checked. Enums pass through as
 * core's own (a verdict, an exam outcome, a letter status are the same values in the PDF as in the rules); what
 * the mapper makes are the report's own shapes ({@code Report*} records, the {@code *Line} rows) and the
 * sentences and labels they carry. One mapper maps one applicant's reports (made with the applicant's data, it holds
 * nothing that changes): the service makes one per applicant, for as many of the applicant's documents as it
 * renders.
 */
final class ReportMapper {

    private static final Pattern REF = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private final Labels text;
    private final ApplicantData d;
    /**
     * The attempt number of every exam of the applicant ({@link ApplicantProfile#attemptNumbers()}, by index), worked
     * out once when the mapper is made: the exam lines and every evidence sentence that names an exam read it here
     * (asking {@code attemptNumber(i)} per line and per sentence scanned every exam each time, quadratic in the exams).
     */
    private final List<Integer> attempts;

    /** A mapper for the reports of the one applicant {@code d} holds. */
    ReportMapper(Labels text, ApplicantData d) {
        this.text = text;
        this.d = d;
        this.attempts = Arrays.stream(d.record().profile().attemptNumbers()).boxed().toList();
    }

    ApplicantData data() {
        return d;
    }

    /** The attempt number of the exam at index {@code i} of the profile (0 for a scheduled date). */
    private int attempt(int i) {
        return attempts.get(i);
    }

    ProgressSummary progress() {
        ApplicantProfile p = d.record().profile();
        Assessment a = d.assessment();
        RuleSet rules = d.ruleSet();
        Optional<Exam> charted = chartedExam(p);
        return new ProgressSummary(header(), applicant(), cycle(p, a.matchYear()), exams(), practice(p, charted),
                charted.filter(e -> e == Exam.USMLE_STEP2_CK).map(e -> scoreTarget(p, rules)).orElse(null), usce(),
                letters(p), openFlags(), d.plan(), step2(), d.sharedNotes(), d.privateNotes());
    }

    ReadinessReport readiness() {
        ApplicantProfile p = d.record().profile();
        Assessment a = d.assessment();
        var r = a.readiness();
        List<ReportReason> reasons = new ArrayList<>();
        for (var reason : r.reasons()) {
            if (reason.rule() != null && reason.severity() != null) {
                reasons.add(new ReportReason(reason.rule(), reason.severity(), reason.text(), reason.blocking(),
                        evidence(reason.evidence())));
            }
        }
        // the report's checklist is the submission checklist; the interview season's and the reapplication plan are not in it
        List<ReportChecklistItem> checklist = r.checklist().stream()
                .filter(c -> c.kind().phase() == SeasonPhase.PREPARING)
                .map(c -> new ReportChecklistItem(checklistKind(c.kind()), c.text(), false)).toList();
        return new ReadinessReport(header(), applicant(), cycle(p, a.matchYear()),
                r.verdict(), reasons, checklist, sinceLastCycle(), strategy(),
                new RuleSetRef(a.ruleSet().school(), a.ruleSet().matchYear(), a.ruleSet().version()),
                d.sharedNotes(), d.privateNotes());
    }

    // ---- parts ----

    private ReportHeader header() {
        return new ReportHeader(d.assessment().ruleSet().school(), d.assessment().asOf(), d.preparedBy());
    }

    private ReportApplicant applicant() {
        ApplicantProfile p = d.record().profile();
        return new ReportApplicant(p.name().full(), p.email(), text.of("type", p.applicantType()),
                text.of("visa", p.visa()), p.medicalSchool() == null ? null : p.medicalSchool().name(),
                p.medicalSchool() == null ? null : p.medicalSchool().country(), p.graduationDate(),
                p.targetSpecialties().stream().map(s -> text.of("specialty", s)).toList(), d.advisorName());
    }

    private CycleInfo cycle(ApplicantProfile p, int matchYear) {
        List<PastCycle> earlier = p.cycles().stream().filter(c -> c.matchYear() < matchYear)
                .sorted(Comparator.comparingInt(Cycle::matchYear).reversed())
                .map(c -> new PastCycle(c.matchYear(), c.outcome(), c.programsApplied(),
                        c.specialties().stream().mapToInt(s -> s.interviews() == null ? 0 : s.interviews()).sum()))
                .toList();
        return new CycleInfo(text.get("cohort", String.valueOf(matchYear)), matchYear, earlier.size() + 1, earlier);
    }

    private List<ExamLine> exams() {
        ApplicantProfile p = d.record().profile();
                List<ExamLine> out = new ArrayList<>();
        for (int i = 0; i < p.exams().size(); i++) {
            ExamAttempt e = p.exams().get(i);
            out.add(new ExamLine(text.of("exam", e.exam()), attempt(i), e.date(), e.outcome(), e.score(),
                    verified("exams[" + i + "]")));
        }
        out.sort(Comparator.comparing(ExamLine::date));
        return out;
    }

    /**
     * The exam whose practice scores the report charts: one exam, since USMLE and COMLEX score on scales of their own
     * and the target band is Step 2 CK's. Step 2 CK where it has scored practice tests, else the exam of the latest
     * scored one; empty when none has a predicted score.
     */
    private static Optional<Exam> chartedExam(ApplicantProfile p) {
        List<PracticeAssessment> scored = p.practiceAssessments().stream().filter(x -> x.predictedScore() != null)
                .toList();
        if (scored.stream().anyMatch(x -> x.exam() == Exam.USMLE_STEP2_CK)) {
            return Optional.of(Exam.USMLE_STEP2_CK);
        }
        return scored.stream().max(Comparator.comparing(PracticeAssessment::date)).map(PracticeAssessment::exam);
    }

    private List<PracticeScoreLine> practice(ApplicantProfile p, Optional<Exam> charted) {
        return p.practiceAssessments().stream()
                .filter(x -> x.predictedScore() != null && charted.orElse(null) == x.exam())
                .sorted(Comparator.comparing(PracticeAssessment::date))
                .map(x -> new PracticeScoreLine(text.of("exam", x.exam()), x.form(), x.date(), x.predictedScore()))
                .toList();
    }

    private ScoreTarget scoreTarget(ApplicantProfile p, RuleSet rules) {
        Specialty primary = p.primarySpecialty();
        ScoreBands b = rules.scoreBands(primary);
        Integer low = first(b.step2Low(), b.workable(), b.averageFrom());
        Integer high = first(b.competitive(), b.strong(), b.averageTo());
        if (primary == null || low == null || high == null || high < low) {
            return null;
        }
        return new ScoreTarget(text.of("exam", Exam.USMLE_STEP2_CK), text.of("specialty", primary),
                low, high);
    }

    private UsceSummary usce() {
        ApplicantProfile p = d.record().profile();
        RuleSet rules = d.ruleSet();
        LocalDate asOf = d.assessment().asOf();
        List<ExperienceLine> lines = new ArrayList<>();
        double observership = 0;
        for (int i = 0; i < p.clinicalExperiences().size(); i++) {
            ClinicalExperience c = p.clinicalExperiences().get(i);
            double months = months(rules, c, asOf);
            if (c.us() && c.kind() == ClinicalKind.OBSERVERSHIP) {
                observership += months;
            }
            lines.add(new ExperienceLine(c.kind(), text.of("specialty", c.specialty()),
                    c.institution() == null ? "" : c.institution(), c.us(), c.start(), c.end(), months,
                    verified("clinicalExperiences[" + i + "]")));
        }
        List<ReportSpecialtyCoverage> coverage = new ArrayList<>();
        for (var cov : d.assessment().readiness().figures().coverage()) {
            Set<Specialty> counted = new java.util.HashSet<>();
            cov.required().forEach(counted::addAll);
            counted.add(cov.target());
            double usMonths = p.clinicalExperiences().stream()
                    .filter(c -> c.us() && c.kind().isClinical() && counted.contains(c.specialty()))
                    .mapToDouble(c -> months(rules, c, asOf)).sum();
            coverage.add(new ReportSpecialtyCoverage(text.of("specialty", cov.target()), cov.covered(), usMonths));
        }
        return new UsceSummary(d.assessment().readiness().figures().handsOnUsMonths(),
                rules.thresholds().usceHandsOnMonths(), observership, lines, coverage);
    }

    private static double months(RuleSet rules, ClinicalExperience c, LocalDate asOf) {
        if (!c.hasValidDates()) {
            return 0;
        }
        LocalDate end = c.end() != null ? c.end() : asOf;
        return Math.max(0, rules.thresholds().months(Math.max(0, end.toEpochDay() - c.start().toEpochDay())));
    }

    private List<LetterLine> letters(ApplicantProfile p) {
        return p.letters().stream().map(l -> new LetterLine(l.writer(), text.of("specialty", l.specialty()), l.us(),
                l.status(), l.dueDate(), l.waived(), l.strength())).toList();
    }

    private List<FlagLine> openFlags() {
        return d.flags().stream().filter(f -> f.state() != FlagStatus.CLOSED)
                .sorted(Comparator.comparing(FlagView::rule))
                .map(f -> new FlagLine(f.rule(), f.severity(), f.pattern(), f.message(), evidence(f.evidence()),
                        f.state() == FlagStatus.ADDRESSED))
                .toList();
    }

    private ReportStep2Timing step2() {
        var t = d.assessment().step2Timing();
        ApplicantProfile p = d.record().profile();
        LocalDate examDate = t.attemptIndex() >= 0 && t.attemptIndex() < p.exams().size()
                ? p.exams().get(t.attemptIndex()).date() : null;
        RuleSet rules = d.ruleSet();
        return new ReportStep2Timing(t.status(), examDate, t.scoreAvailableBy(),
                rules.calendar().erasOpens(), t.programsOpen(), rules.thresholds().step2ScoreLagDays());
    }

    private SinceLastCycle sinceLastCycle() {
        CycleComparison c = d.assessment().readiness().cycleComparison();
        if (c == null) {
            return null;
        }
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        if (c.newUsHandsOnMonths() > 0) {
            changed.add(text.get("since.handsOn", String.format(text.locale(), "%.1f", c.newUsHandsOnMonths())));
        }
        part(c.newClinicalExperiences(), "since.noClinical", changed, unchanged);
        part(c.newLetters(), "since.noLetter", changed, unchanged);
        part(c.newExamResults(), "since.noExam", changed, unchanged);
        if (c.newResearch().isEmpty()) {
            unchanged.add(text.get("since.noResearch"));
        }
        part(c.newTimelineEntries(), "since.noTimeline", changed, unchanged);
        String now = text.of("verdict", d.assessment().readiness().verdict());
        d.snapshots().stream().filter(s -> s.matchYear() == c.lastUnmatchedMatchYear() && s.verdict() != null)
                .reduce((x, y) -> y)
                .ifPresent(s -> {
                    String then = text.of("verdict", Verdict.valueOf(s.verdict()));
                    boolean same = s.verdict().equals(d.assessment().readiness().verdict().name());
                    String kind = s.kind().toLowerCase(text.locale());
                    (same ? unchanged : changed).add(same
                            ? text.get("since.snapshotSame", String.valueOf(s.matchYear()), kind, then)
                            : text.get("since.snapshot", String.valueOf(s.matchYear()), kind, then, now));
                });
        CycleOutcome outcome = d.record().profile().cycles().stream()
                .filter(x -> x.matchYear() == c.lastUnmatchedMatchYear()).findFirst()
                .map(Cycle::outcome).orElse(CycleOutcome.UNMATCHED);
        return new SinceLastCycle(c.lastUnmatchedMatchYear(), outcome, changed, unchanged);
    }

    private void part(List<String> refs, String noneKey, List<String> changed, List<String> unchanged) {
        if (refs.isEmpty()) {
            unchanged.add(text.get(noneKey));
        } else {
            refs.forEach(r -> changed.add(describe(r).description()));
        }
    }

    private ProgramStrategy strategy() {
        ApplicantProfile p = d.record().profile();
        int year = d.assessment().matchYear();
        Map<Specialty, SpecialtyApplication> planned = new EnumMap<>(Specialty.class);
        p.cycles().stream().filter(c -> c.matchYear() == year).findFirst()
                .ifPresent(c -> c.specialties().forEach(s -> planned.put(s.specialty(), s)));
        List<Specialty> specialties = new ArrayList<>(p.targetSpecialties());
        planned.keySet().stream().filter(s -> !specialties.contains(s)).forEach(specialties::add);
        List<StrategyLine> lines = new ArrayList<>();
        for (Specialty s : specialties) {
            SpecialtyApplication a = planned.get(s);
            int reach = 0;
            int target = 0;
            int safety = 0;
            if (a != null) {
                Map<Tier, Integer> tiers = a.programsPerTier();
                if (tiers.isEmpty()) {
                    target = a.programsApplied();
                } else {
                    reach = tiers.getOrDefault(Tier.REACH, 0);
                    target = tiers.getOrDefault(Tier.TARGET, 0);
                    safety = tiers.getOrDefault(Tier.SAFETY, 0);
                }
            }
            ProgramRecommendation rec = d.ruleSet().recommendedPrograms(s);
            lines.add(new StrategyLine(text.of("specialty", s), reach, target, safety, rec == null ? 0 : rec.minimum(),
                    rec == null ? null : rec.typicalMaximum()));
        }
        boolean dual = d.assessment().readiness().domains().stream()
                .filter(x -> x.domain() == ReadinessDomain.STRATEGY)
                .flatMap(x -> x.points().stream())
                .anyMatch(x -> x.rule() == null && x.evidence().contains("targetSpecialties"));
        return new ProgramStrategy(lines, dual, null);
    }

    /** What a submission-checklist kind of core (what is missing) asks for, as the report words it (what to do). */
    static ReportChecklistKind checklistKind(org.matchwise.readiness.ChecklistKind kind) {
        return switch (kind) {
            case EXPLANATION_MISSING -> ReportChecklistKind.EXPLANATION_DRAFTED;
            case EXPLANATION_NOT_REVIEWED -> ReportChecklistKind.EXPLANATION_REVIEWED;
            case LETTER_NOT_RECEIVED, LETTERS_SHORT -> ReportChecklistKind.LETTER_RECEIVED;
            case STEP2_SCORE_NOT_AVAILABLE -> ReportChecklistKind.STEP2_SCORE_AVAILABLE;
            case PROGRAM_LIST_SHORT -> ReportChecklistKind.PROGRAM_LIST_COMPLETE;
            default -> throw new IllegalArgumentException("not on the submission checklist: " + kind);
        };
    }

    /**
     * A remediation action's status as the report shows it: the stored status read against the due date, so an
     * open action (planned or in progress) due before {@code today} is OVERDUE.
     */
    static ReportActionStatus actionStatus(ActionStatus stored, LocalDate due, LocalDate today) {
        boolean late = due != null && due.isBefore(today);
        return switch (stored) {
            case DONE -> ReportActionStatus.DONE;
            case IN_PROGRESS -> late ? ReportActionStatus.OVERDUE : ReportActionStatus.IN_PROGRESS;
            case PLANNED, DROPPED -> late ? ReportActionStatus.OVERDUE : ReportActionStatus.NOT_STARTED;
        };
    }

    // ---- evidence: "exams[2]" and friends as sentences ----

    List<ReportEvidence> evidence(List<String> refs) {
        return refs.stream().map(r -> describe(r)).toList();
    }

    ReportEvidence describe(String ref) {
        ApplicantProfile p = d.record().profile();
        boolean verified = verified(ref);
        Matcher m = REF.matcher(ref);
        if (!m.matches()) {
            return switch (ref) {
                case "graduationDate" -> new ReportEvidence(text.get("ev.graduationDate", text.date(p.graduationDate())), true, null);
                case "matriculationDate" -> new ReportEvidence(text.get("ev.matriculationDate", text.date(p.matriculationDate())), true, null);
                case "targetSpecialties" -> new ReportEvidence(text.get("ev.targetSpecialties", String.join(", ",
                        p.targetSpecialties().stream().map(s -> text.of("specialty", s)).toList())), true, null);
                default -> new ReportEvidence(ref, verified, null);
            };
        }
        int i = Integer.parseInt(m.group(2));
        switch (m.group(1)) {
            case "exams" -> {
                if (i < p.exams().size()) {
                    ExamAttempt e = p.exams().get(i);
                    if (!e.isAttempt()) {
                        return new ReportEvidence(text.get("ev.examScheduled", text.of("exam", e.exam()), text.date(e.date())), verified, null);
                    }
                    String result = text.of("outcome", e.outcome()) + (e.score() == null ? "" : ", " + text.get("ev.score", String.valueOf(e.score())));
                    return new ReportEvidence(text.get("ev.exam", text.of("exam", e.exam()), String.valueOf(attempt(i)),
                            text.date(e.date()), result), verified, null);
                }
            }
            case "clinicalExperiences" -> {
                if (i < p.clinicalExperiences().size()) {
                    ClinicalExperience c = p.clinicalExperiences().get(i);
                    return new ReportEvidence(text.get("ev.clinical", text.of("clinical", c.kind()), text.of("specialty", c.specialty()),
                            c.institution() == null ? "" : c.institution(), text.get(c.us() ? "ev.us" : "ev.abroad"),
                            text.date(c.start()), text.date(c.end())).replace(", ,", ","), verified, null);
                }
            }
            case "letters" -> {
                if (i < p.letters().size()) {
                    Letter l = p.letters().get(i);
                    return new ReportEvidence(text.get("ev.letter", l.writer(), text.of("specialty", l.specialty()),
                            text.get(l.us() ? "ev.us" : "ev.abroad"), text.of("letterStatus", l.status())), verified, null);
                }
            }
            case "timeline" -> {
                if (i < p.timeline().size()) {
                    TimelineEntry t = p.timeline().get(i);
                    String reason = t.reason() == null ? null : text.get("ev.leaveReason", text.of("leaveReason", t.reason()));
                    return new ReportEvidence(text.get("ev.timeline", text.of("timeline", t.kind()), text.date(t.start()),
                            text.date(t.end())), verified, reason);
                }
            }
            case "academicEvents" -> {
                if (i < p.academicEvents().size()) {
                    AcademicEvent a = p.academicEvents().get(i);
                    return new ReportEvidence(text.get("ev.academic", text.of("academic", a.kind()),
                            a.subject() == null ? "" : a.subject(), text.date(a.date())), verified, null);
                }
            }
            case "professionalismEvents" -> {
                if (i < p.professionalismEvents().size()) {
                    ProfessionalismEvent e = p.professionalismEvents().get(i);
                    return new ReportEvidence(text.get("ev.professionalism", text.date(e.date())), verified,
                            text.get("ev.professionalismDetail", e.description(),
                                    text.get(e.formalRemediation() ? "ev.yes" : "ev.no"),
                                    text.get(e.inMspe() ? "ev.yes" : "ev.no")));
                }
                return new ReportEvidence(text.get("ev.professionalism", ""), verified, null);
            }
            case "cycles" -> {
                if (i < p.cycles().size()) {
                    Cycle c = p.cycles().get(i);
                    return new ReportEvidence(text.get("ev.cycle", String.valueOf(c.matchYear()), text.of("cycleOutcome", c.outcome())), true, null);
                }
            }
            default -> {
                // fall through to the raw reference
            }
        }
        return new ReportEvidence(ref, verified, null);
    }

    private boolean verified(String ref) {
        return !d.record().unverified().contains(ref);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Everything one applicant's reports are made of, loaded by the service for a caller it checked. */
    record ApplicantData(org.matchwise.applicant.ApplicantViews.ApplicantRecord record, Assessment assessment,
            RuleSet ruleSet, List<FlagView> flags, List<NoteLine> sharedNotes, List<NoteLine> privateNotes,
            RemediationPlan plan, String advisorName, String preparedBy, List<SnapshotView> snapshots) {
    }
}

package org.matchwise.reportexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matchwise.applicant.AcademicEvent;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantViews.FlagState;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.ApplicantViews.SnapshotView;
import org.matchwise.applicant.ClinicalExperience;
import org.matchwise.applicant.ClinicalKind;
import org.matchwise.applicant.Cycle;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.PracticeAssessment;
import org.matchwise.applicant.ProfessionalismEvent;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.SpecialtyApplication;
import org.matchwise.applicant.Tier;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.assessment.Assessment;
import org.matchwise.readiness.CycleComparison;
import org.matchwise.readiness.ReadinessDomain;
import org.matchwise.reports.ActionLine;
import org.matchwise.reports.ChecklistItem;
import org.matchwise.reports.ChecklistKind;
import org.matchwise.reports.CycleInfo;
import org.matchwise.reports.CycleOutcome;
import org.matchwise.reports.Evidence;
import org.matchwise.reports.ExamLine;
import org.matchwise.reports.ExamOutcome;
import org.matchwise.reports.ExperienceKind;
import org.matchwise.reports.ExperienceLine;
import org.matchwise.reports.FlagLine;
import org.matchwise.reports.LetterLine;
import org.matchwise.reports.LetterStatus;
import org.matchwise.reports.LetterStrength;
import org.matchwise.reports.NoteLine;
import org.matchwise.reports.PastCycle;
import org.matchwise.reports.PracticeScoreLine;
import org.matchwise.reports.ProgramStrategy;
import org.matchwise.reports.ProgressSummary;
import org.matchwise.reports.ReadinessReport;
import org.matchwise.reports.Reason;
import org.matchwise.reports.RemediationPlan;
import org.matchwise.reports.ReportHeader;
import org.matchwise.reports.RuleSetRef;
import org.matchwise.reports.ScoreTarget;
import org.matchwise.reports.SinceLastCycle;
import org.matchwise.reports.SpecialtyCoverage;
import org.matchwise.reports.Step2Status;
import org.matchwise.reports.Step2Timing;
import org.matchwise.reports.StrategyLine;
import org.matchwise.reports.UsceSummary;
import org.matchwise.reports.Verdict;
import org.matchwise.ruleset.ProgramRecommendation;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.ScoreBands;

/**
 * Turns an applicant's stored data (record, assessment, stored flags with their states, notes, plan, cycle
 * snapshots) into the display-ready report models. Pure: everything it reads comes in through
 * {@link ApplicantData}, which the service has already loaded for a caller it checked.
 */
final class ReportMapper {

    private static final Pattern REF = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private final Labels text;

    ReportMapper(Labels text) {
        this.text = text;
    }

    ProgressSummary progress(ApplicantData d) {
        ApplicantProfile p = d.record().profile();
        Assessment a = d.assessment();
        RuleSet rules = d.ruleSet();
        return new ProgressSummary(header(d), applicant(d), cycle(p, a.matchYear()), exams(d), practice(p),
                scoreTarget(p, rules), usce(d), letters(p), openFlags(d), d.plan(), step2(d), d.sharedNotes(),
                d.privateNotes());
    }

    ReadinessReport readiness(ApplicantData d) {
        ApplicantProfile p = d.record().profile();
        Assessment a = d.assessment();
        var r = a.readiness();
        List<Reason> reasons = new ArrayList<>();
        for (var reason : r.reasons()) {
            if (reason.rule() != null && reason.severity() != null) {
                reasons.add(new Reason(reason.rule(), reason.severity(), reason.text(), reason.blocking(),
                        evidence(d, reason.evidence())));
            }
        }
        // the report's checklist is the submission checklist; the interview season's and the reapplication plan are not in it
        List<ChecklistItem> checklist = r.checklist().stream()
                .filter(c -> c.kind().phase() == org.matchwise.readiness.SeasonPhase.PREPARING)
                .map(c -> new ChecklistItem(checklistKind(c.kind()), c.text(), false)).toList();
        return new ReadinessReport(header(d), applicant(d), cycle(p, a.matchYear()),
                Verdict.valueOf(r.verdict().name()), reasons, checklist, sinceLastCycle(d), strategy(d),
                new RuleSetRef(a.ruleSet().school(), a.ruleSet().matchYear(), a.ruleSet().version()),
                d.sharedNotes(), d.privateNotes());
    }

    // ---- parts ----

    private ReportHeader header(ApplicantData d) {
        return new ReportHeader(d.assessment().ruleSet().school(), d.assessment().asOf(), d.preparedBy());
    }

    private org.matchwise.reports.ApplicantProfile applicant(ApplicantData d) {
        ApplicantProfile p = d.record().profile();
        return new org.matchwise.reports.ApplicantProfile(p.name().full(), p.email(), text.of("type", p.applicantType()),
                text.of("visa", p.visa()), p.medicalSchool() == null ? null : p.medicalSchool().name(),
                p.medicalSchool() == null ? null : p.medicalSchool().country(), p.graduationDate(),
                p.targetSpecialties().stream().map(s -> text.of("specialty", s)).toList(), d.advisorName());
    }

    private CycleInfo cycle(ApplicantProfile p, int matchYear) {
        List<PastCycle> earlier = p.cycles().stream().filter(c -> c.matchYear() < matchYear)
                .sorted(Comparator.comparingInt(Cycle::matchYear).reversed())
                .map(c -> new PastCycle(c.matchYear(), CycleOutcome.valueOf(c.outcome().name()), c.programsApplied(),
                        c.specialties().stream().mapToInt(s -> s.interviews() == null ? 0 : s.interviews()).sum()))
                .toList();
        return new CycleInfo(text.get("cohort", String.valueOf(matchYear)), matchYear, earlier.size() + 1, earlier);
    }

    private List<ExamLine> exams(ApplicantData d) {
        ApplicantProfile p = d.record().profile();
        List<ExamLine> out = new ArrayList<>();
        for (int i = 0; i < p.exams().size(); i++) {
            ExamAttempt e = p.exams().get(i);
            out.add(new ExamLine(text.of("exam", e.exam()), p.attemptNumber(i), e.date(),
                    ExamOutcome.valueOf(e.outcome().name()), e.score(), verified(d, "exams[" + i + "]")));
        }
        out.sort(Comparator.comparing(ExamLine::date));
        return out;
    }

    private static List<PracticeScoreLine> practice(ApplicantProfile p) {
        return p.practiceAssessments().stream().filter(x -> x.predictedScore() != null)
                .sorted(Comparator.comparing(PracticeAssessment::date))
                .map(x -> new PracticeScoreLine(x.form(), x.date(), x.predictedScore())).toList();
    }

    private ScoreTarget scoreTarget(ApplicantProfile p, RuleSet rules) {
        Specialty primary = p.primarySpecialty();
        ScoreBands b = rules.scoreBands(primary);
        Integer low = first(b.step2Low(), b.workable(), b.averageFrom());
        Integer high = first(b.competitive(), b.strong(), b.averageTo());
        if (primary == null || low == null || high == null || high < low) {
            return null;
        }
        return new ScoreTarget(text.of("exam", org.matchwise.applicant.Exam.USMLE_STEP2_CK), text.of("specialty", primary),
                low, high);
    }

    private UsceSummary usce(ApplicantData d) {
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
            lines.add(new ExperienceLine(ExperienceKind.valueOf(c.kind().name()), text.of("specialty", c.specialty()),
                    c.institution() == null ? "" : c.institution(), c.us(), c.start(), c.end(), months,
                    verified(d, "clinicalExperiences[" + i + "]")));
        }
        List<SpecialtyCoverage> coverage = new ArrayList<>();
        for (var cov : d.assessment().readiness().figures().coverage()) {
            Set<Specialty> counted = new java.util.HashSet<>();
            cov.required().forEach(counted::addAll);
            counted.add(cov.target());
            double usMonths = p.clinicalExperiences().stream()
                    .filter(c -> c.us() && c.kind().isClinical() && counted.contains(c.specialty()))
                    .mapToDouble(c -> months(rules, c, asOf)).sum();
            coverage.add(new SpecialtyCoverage(text.of("specialty", cov.target()), cov.covered(), usMonths));
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
                LetterStatus.valueOf(l.status().name()), l.dueDate(), l.waived(),
                l.strength() == null ? null : LetterStrength.valueOf(l.strength().name()))).toList();
    }

    private List<FlagLine> openFlags(ApplicantData d) {
        return d.flags().stream().filter(f -> f.state() != FlagState.CLOSED)
                .sorted(Comparator.comparing(FlagView::rule))
                .map(f -> new FlagLine(f.rule(), f.severity(), f.pattern(), f.message(), evidence(d, f.evidence()),
                        f.state() == FlagState.ADDRESSED))
                .toList();
    }

    private Step2Timing step2(ApplicantData d) {
        var t = d.assessment().step2Timing();
        ApplicantProfile p = d.record().profile();
        LocalDate examDate = t.attemptIndex() >= 0 && t.attemptIndex() < p.exams().size()
                ? p.exams().get(t.attemptIndex()).date() : null;
        RuleSet rules = d.ruleSet();
        return new Step2Timing(Step2Status.valueOf(t.status().name()), examDate, t.scoreAvailableBy(),
                rules.calendar().erasOpens(), t.programsOpen(), rules.thresholds().step2ScoreLagDays());
    }

    private SinceLastCycle sinceLastCycle(ApplicantData d) {
        CycleComparison c = d.assessment().readiness().cycleComparison();
        if (c == null) {
            return null;
        }
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        if (c.newUsHandsOnMonths() > 0) {
            changed.add(text.get("since.handsOn", String.format(text.locale(), "%.1f", c.newUsHandsOnMonths())));
        }
        part(d, c.newClinicalExperiences(), "since.noClinical", changed, unchanged);
        part(d, c.newLetters(), "since.noLetter", changed, unchanged);
        part(d, c.newExamResults(), "since.noExam", changed, unchanged);
        if (c.newResearch().isEmpty()) {
            unchanged.add(text.get("since.noResearch"));
        }
        part(d, c.newTimelineEntries(), "since.noTimeline", changed, unchanged);
        String now = text.of("verdict", d.assessment().readiness().verdict());
        d.snapshots().stream().filter(s -> s.matchYear() == c.lastUnmatchedMatchYear() && s.verdict() != null)
                .reduce((x, y) -> y)
                .ifPresent(s -> {
                    String then = text.of("verdict", org.matchwise.readiness.Verdict.valueOf(s.verdict()));
                    boolean same = s.verdict().equals(d.assessment().readiness().verdict().name());
                    String kind = s.kind().toLowerCase(text.locale());
                    (same ? unchanged : changed).add(same
                            ? text.get("since.snapshotSame", String.valueOf(s.matchYear()), kind, then)
                            : text.get("since.snapshot", String.valueOf(s.matchYear()), kind, then, now));
                });
        CycleOutcome outcome = d.record().profile().cycles().stream()
                .filter(x -> x.matchYear() == c.lastUnmatchedMatchYear()).findFirst()
                .map(x -> CycleOutcome.valueOf(x.outcome().name())).orElse(CycleOutcome.UNMATCHED);
        return new SinceLastCycle(c.lastUnmatchedMatchYear(), outcome, changed, unchanged);
    }

    private void part(ApplicantData d, List<String> refs, String noneKey, List<String> changed, List<String> unchanged) {
        if (refs.isEmpty()) {
            unchanged.add(text.get(noneKey));
        } else {
            refs.forEach(r -> changed.add(describe(d, r).description()));
        }
    }

    private ProgramStrategy strategy(ApplicantData d) {
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

    private static ChecklistKind checklistKind(org.matchwise.readiness.ChecklistKind kind) {
        return switch (kind) {
            case EXPLANATION_MISSING -> ChecklistKind.EXPLANATION_DRAFTED;
            case EXPLANATION_NOT_REVIEWED -> ChecklistKind.EXPLANATION_REVIEWED;
            case LETTER_NOT_RECEIVED, LETTERS_SHORT -> ChecklistKind.LETTER_RECEIVED;
            case STEP2_SCORE_NOT_AVAILABLE -> ChecklistKind.STEP2_SCORE_AVAILABLE;
            case PROGRAM_LIST_SHORT -> ChecklistKind.PROGRAM_LIST_COMPLETE;
            default -> throw new IllegalArgumentException("not on the submission checklist: " + kind);
        };
    }

    // ---- evidence: "exams[2]" and friends as sentences ----

    List<Evidence> evidence(ApplicantData d, List<String> refs) {
        return refs.stream().map(r -> describe(d, r)).toList();
    }

    Evidence describe(ApplicantData d, String ref) {
        ApplicantProfile p = d.record().profile();
        boolean verified = verified(d, ref);
        Matcher m = REF.matcher(ref);
        if (!m.matches()) {
            return switch (ref) {
                case "graduationDate" -> new Evidence(text.get("ev.graduationDate", text.date(p.graduationDate())), true, null);
                case "matriculationDate" -> new Evidence(text.get("ev.matriculationDate", text.date(p.matriculationDate())), true, null);
                case "targetSpecialties" -> new Evidence(text.get("ev.targetSpecialties", String.join(", ",
                        p.targetSpecialties().stream().map(s -> text.of("specialty", s)).toList())), true, null);
                default -> new Evidence(ref, verified, null);
            };
        }
        int i = Integer.parseInt(m.group(2));
        switch (m.group(1)) {
            case "exams" -> {
                if (i < p.exams().size()) {
                    ExamAttempt e = p.exams().get(i);
                    if (!e.isAttempt()) {
                        return new Evidence(text.get("ev.examScheduled", text.of("exam", e.exam()), text.date(e.date())), verified, null);
                    }
                    String result = text.of("outcome", e.outcome()) + (e.score() == null ? "" : ", " + text.get("ev.score", String.valueOf(e.score())));
                    return new Evidence(text.get("ev.exam", text.of("exam", e.exam()), String.valueOf(p.attemptNumber(i)),
                            text.date(e.date()), result), verified, null);
                }
            }
            case "clinicalExperiences" -> {
                if (i < p.clinicalExperiences().size()) {
                    ClinicalExperience c = p.clinicalExperiences().get(i);
                    return new Evidence(text.get("ev.clinical", text.of("clinical", c.kind()), text.of("specialty", c.specialty()),
                            c.institution() == null ? "" : c.institution(), text.get(c.us() ? "ev.us" : "ev.abroad"),
                            text.date(c.start()), text.date(c.end())).replace(", ,", ","), verified, null);
                }
            }
            case "letters" -> {
                if (i < p.letters().size()) {
                    Letter l = p.letters().get(i);
                    return new Evidence(text.get("ev.letter", l.writer(), text.of("specialty", l.specialty()),
                            text.get(l.us() ? "ev.us" : "ev.abroad"), text.of("letterStatus", l.status())), verified, null);
                }
            }
            case "timeline" -> {
                if (i < p.timeline().size()) {
                    TimelineEntry t = p.timeline().get(i);
                    String reason = t.reason() == null ? null : text.get("ev.leaveReason", text.of("leaveReason", t.reason()));
                    return new Evidence(text.get("ev.timeline", text.of("timeline", t.kind()), text.date(t.start()),
                            text.date(t.end())), verified, reason);
                }
            }
            case "academicEvents" -> {
                if (i < p.academicEvents().size()) {
                    AcademicEvent a = p.academicEvents().get(i);
                    return new Evidence(text.get("ev.academic", text.of("academic", a.kind()),
                            a.subject() == null ? "" : a.subject(), text.date(a.date())), verified, null);
                }
            }
            case "professionalismEvents" -> {
                if (i < p.professionalismEvents().size()) {
                    ProfessionalismEvent e = p.professionalismEvents().get(i);
                    return new Evidence(text.get("ev.professionalism", text.date(e.date())), verified,
                            text.get("ev.professionalismDetail", e.description(),
                                    text.get(e.formalRemediation() ? "ev.yes" : "ev.no"),
                                    text.get(e.inMspe() ? "ev.yes" : "ev.no")));
                }
                return new Evidence(text.get("ev.professionalism", ""), verified, null);
            }
            case "cycles" -> {
                if (i < p.cycles().size()) {
                    Cycle c = p.cycles().get(i);
                    return new Evidence(text.get("ev.cycle", String.valueOf(c.matchYear()), text.of("cycleOutcome", c.outcome())), true, null);
                }
            }
            default -> {
                // fall through to the raw reference
            }
        }
        return new Evidence(ref, verified, null);
    }

    private static boolean verified(ApplicantData d, String ref) {
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

    static ActionLine action(org.matchwise.flags.FlagCategory category, String title, String owner, LocalDate due,
            org.matchwise.reports.ActionStatus status, String evidence) {
        return new ActionLine(category, title, owner, due, status, evidence);
    }
}

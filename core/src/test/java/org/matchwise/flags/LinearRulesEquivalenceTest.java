package org.matchwise.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.ExamOutcome;
import org.matchwise.applicant.LeaveReason;
import org.matchwise.applicant.TimelineEntry;
import org.matchwise.applicant.TimelineKind;
import org.matchwise.flags.Evidence.Source;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.testing.Profiles;
import org.matchwise.text.MessageTemplates;

/**
 * R1 (exam failures), R17 (overlapping timeline entries) and {@link Evidence} were quadratic in the length of
 * their lists; they are now O(n log n) (R17: plus the overlapping pairs it reports). The old algorithms are kept
 * here verbatim and every property checks that the new code gives exactly the same flag (severity, pattern,
 * message, evidence) on random lists full of ties (same dates, same exams, equal starts), which is where a sort
 * or a binary search would differ if it could.
 */
class LinearRulesEquivalenceTest {

    private static final RuleSet RULES = RuleSet.defaults(2027);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);

    private static FlagContext context(ApplicantProfile profile) {
        return new FlagContext(profile, RULES, AS_OF, MessageTemplates.of(RedFlagEngine.MESSAGES, Locale.ENGLISH));
    }

    private static List<ExamAttempt> randomExams(Random r, int n) {
        Exam[] exams = Exam.values();
        ExamOutcome[] outcomes = ExamOutcome.values();
        List<ExamAttempt> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // few exams, few distinct dates: many equal dates and many attempts at the same exam
            Exam exam = exams[r.nextInt(r.nextBoolean() ? 2 : exams.length)];
            out.add(new ExamAttempt(exam, LocalDate.of(2018, 1, 1).plusDays(30L * r.nextInt(12)),
                    outcomes[r.nextInt(outcomes.length)], null));
        }
        return out;
    }

    @Property(tries = 500)
    void r1_gives_the_same_flag_as_the_quadratic_algorithm(@ForAll long seed, @ForAll @IntRange(max = 60) int n) {
        ApplicantProfile profile = Profiles.clean().exams(randomExams(new Random(seed), n)).build();

        assertThat(new ExamFailurePolicy().evaluate(context(profile)))
                .isEqualTo(OldExamFailurePolicy.evaluate(context(profile)));
    }

    @Property(tries = 500)
    void the_earliest_pass_after_a_date_is_the_one_the_scan_finds(@ForAll long seed, @ForAll @IntRange(max = 60) int n) {
        Random r = new Random(seed);
        List<ExamAttempt> exams = randomExams(r, n);
        ExamFailurePolicy.Passes passes = new ExamFailurePolicy.Passes(exams);
        for (Exam exam : Exam.values()) {
            for (int month = -1; month <= 12; month++) {
                LocalDate after = LocalDate.of(2018, 1, 1).plusDays(30L * month + r.nextInt(2) - 1);
                assertThat(passes.after(exam, after)).isEqualTo(OldExamFailurePolicy.passAfter(exams, exam, after));
            }
        }
    }

    @Property(tries = 500)
    void r17_gives_the_same_flag_as_the_pairwise_algorithm(@ForAll long seed, @ForAll @IntRange(max = 40) int n) {
        Random r = new Random(seed);
        TimelineKind[] kinds = TimelineKind.values();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate start = LocalDate.of(2016, 1, 1).plusDays(60L * r.nextInt(20));
            TimelineKind kind = kinds[r.nextInt(kinds.length)];
            LocalDate end = switch (r.nextInt(6)) {
                case 0 -> null; // ongoing: runs to the as-of date
                case 1 -> start.minusDays(10); // reversed: not full time for the overlap check
                default -> start.plusDays(30L * r.nextInt(30));
            };
            timeline.add(kind == TimelineKind.LEAVE_OF_ABSENCE ? TimelineEntry.leave(LeaveReason.OTHER, start,
                    end == null ? start.plusDays(90) : end)
                    : new TimelineEntry(kind, r.nextBoolean() ? "Entry " + i : null, null, start, end, r.nextInt(4) != 0));
        }
        ApplicantProfile profile = Profiles.clean().timeline(timeline).build();

        assertThat(new CvInconsistencyPolicy().evaluate(context(profile)))
                .isEqualTo(OldCvInconsistencyPolicy.evaluate(context(profile)));
    }

    @Property(tries = 300)
    void evidence_keeps_each_reference_once_in_canonical_order(@ForAll long seed, @ForAll @IntRange(max = 200) int adds) {
        Random r = new Random(seed);
        Evidence evidence = new Evidence();
        Set<String> expected = new LinkedHashSet<>();
        Source[] sources = Source.values();
        for (int i = 0; i < adds; i++) {
            Source s = sources[r.nextInt(sources.length)];
            int index = s.indexed ? r.nextInt(40) : 0;
            evidence.add(s, index);
            expected.add(s.ordinal() + ":" + index + ":" + (s.indexed ? s.path + "[" + index + "]" : s.path));
        }
        List<String> canonical = expected.stream()
                .sorted(java.util.Comparator.comparingInt((String k) -> Integer.parseInt(k.split(":")[0]))
                        .thenComparingInt(k -> Integer.parseInt(k.split(":")[1])))
                .map(k -> k.split(":", 3)[2]).toList();

        assertThat(evidence.toList()).isEqualTo(canonical);
    }

    /** R1 as it was before it was made O(n log n): a scan of every attempt for each failure. */
    static final class OldExamFailurePolicy {
        static Optional<Flag> evaluate(FlagContext ctx) {
            List<ExamAttempt> exams = ctx.profile.exams();
            int failures = 0;
            boolean step2Failure = false;
            int latest = -1;
            for (int i = 0; i < exams.size(); i++) {
                ExamAttempt a = exams.get(i);
                if (a.outcome() == ExamOutcome.FAIL) {
                    failures++;
                    step2Failure |= a.exam().step() == 2;
                    if (latest < 0 || a.date().isAfter(exams.get(latest).date())) {
                        latest = i;
                    }
                }
            }
            if (failures == 0) {
                return Optional.empty();
            }
            Severity severity = step2Failure || failures >= ctx.thresholds.examFailuresForHigh() ? Severity.HIGH : Severity.MEDIUM;
            PatternMark pattern;
            if (failures >= ctx.thresholds.patternEvents()) {
                pattern = PatternMark.PATTERN;
            } else {
                pattern = passAfter(exams, exams.get(latest).exam(), exams.get(latest).date()) >= 0
                        ? PatternMark.ISOLATED_RECOVERED : PatternMark.ISOLATED;
            }
            Evidence evidence = new Evidence();
            List<String> parts = new ArrayList<>();
            for (Exam exam : Exam.values()) {
                List<LocalDate> failDates = new ArrayList<>();
                LocalDate lastFail = null;
                for (int i = 0; i < exams.size(); i++) {
                    ExamAttempt a = exams.get(i);
                    if (a.exam() == exam && a.outcome() == ExamOutcome.FAIL) {
                        evidence.add(Source.EXAMS, i);
                        failDates.add(a.date());
                        int pass = passAfter(exams, exam, a.date());
                        if (pass >= 0) {
                            evidence.add(Source.EXAMS, pass);
                        }
                        lastFail = lastFail == null || a.date().isAfter(lastFail) ? a.date() : lastFail;
                    }
                }
                if (failDates.isEmpty()) {
                    continue;
                }
                failDates.sort(null);
                String dates = String.join(", ", failDates.stream().map(LocalDate::toString).toList());
                int pass = passAfter(exams, exam, lastFail);
                parts.add(pass >= 0
                        ? ctx.msg("r1.failedPassed", exam, dates, exams.get(pass).date())
                        : ctx.msg("r1.failed", exam, dates));
            }
            return Optional.of(ctx.flag(RuleId.R1, severity, pattern, FlagContext.join(parts), evidence));
        }

        static int passAfter(List<ExamAttempt> exams, Exam exam, LocalDate after) {
            int best = -1;
            for (int i = 0; i < exams.size(); i++) {
                ExamAttempt a = exams.get(i);
                if (a.exam() == exam && a.outcome() == ExamOutcome.PASS && a.date().isAfter(after)
                        && (best < 0 || a.date().isBefore(exams.get(best).date()))) {
                    best = i;
                }
            }
            return best;
        }
    }

    /** R17 as it was: every pair of full-time timeline entries compared. */
    static final class OldCvInconsistencyPolicy {
        static Optional<Flag> evaluate(FlagContext ctx) {
            List<TimelineEntry> timeline = ctx.profile.timeline();
            var clinical = ctx.profile.clinicalExperiences();
            Evidence evidence = new Evidence();
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < timeline.size(); i++) {
                TimelineEntry t = timeline.get(i);
                if (!t.hasValidDates()) {
                    evidence.add(Source.TIMELINE, i);
                    parts.add(ctx.msg("r17.reversed", label(t, ctx), t.start(), t.end()));
                }
            }
            for (int i = 0; i < clinical.size(); i++) {
                var c = clinical.get(i);
                if (!c.hasValidDates()) {
                    evidence.add(Source.CLINICAL, i);
                    parts.add(ctx.msg("r17.reversed", ctx.msg("r17.clinical", c.kind(), c.specialty()), c.start(), c.end()));
                }
            }
            for (int i = 0; i < timeline.size(); i++) {
                TimelineEntry a = timeline.get(i);
                if (!fullTime(a)) {
                    continue;
                }
                for (int j = i + 1; j < timeline.size(); j++) {
                    TimelineEntry b = timeline.get(j);
                    if (!fullTime(b)) {
                        continue;
                    }
                    long start = Math.max(a.start().toEpochDay(), b.start().toEpochDay());
                    long end = Math.min(end(a, ctx.asOf), end(b, ctx.asOf));
                    double months = ctx.thresholds.months(end - start);
                    if (months > ctx.thresholds.fullTimeOverlapMonths()) {
                        evidence.add(Source.TIMELINE, i).add(Source.TIMELINE, j);
                        parts.add(ctx.msg("r17.overlap", label(a, ctx), label(b, ctx), MessageTemplates.months(months)));
                    }
                }
            }
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            parts.sort(null);
            return Optional.of(ctx.flag(RuleId.R17, Severity.LOW, null, FlagContext.join(parts), evidence));
        }

        private static boolean fullTime(TimelineEntry t) {
            return t.fullTime() && !t.isLeave() && t.hasValidDates();
        }

        private static long end(TimelineEntry t, LocalDate asOf) {
            return t.end() != null ? t.end().toEpochDay() : Math.max(asOf.toEpochDay(), t.start().toEpochDay());
        }

        private static String label(TimelineEntry t, FlagContext ctx) {
            return t.title() != null ? t.title() + " (" + ctx.label(t.kind()) + ")" : ctx.label(t.kind());
        }
    }
}

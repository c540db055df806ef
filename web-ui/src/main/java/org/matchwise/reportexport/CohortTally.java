package org.matchwise.reportexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.matchwise.applicant.CycleOutcome;
import org.matchwise.assessment.Assessment;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.FlagStatus;
import org.matchwise.flags.Severity;
import org.matchwise.readiness.Verdict;
import org.matchwise.reports.ApplicantUsce;
import org.matchwise.reports.CategoryCount;
import org.matchwise.reports.CohortSummary;
import org.matchwise.reports.OutcomeRow;
import org.matchwise.reports.ReportHeader;
import org.matchwise.reports.RuleSetRef;
import org.matchwise.reports.VerdictCount;

/**
 * Adds up a cohort while its applicants are exported one by one: cycle outcomes by match year, open flags
 * by category, the readiness mix and US hands-on months. Keeps a few numbers per applicant, no reports.
 */
final class CohortTally {

    /** The readiness mix's order in the summary: the best verdict first. */
    private static final List<Verdict> MIX_ORDER = List.of(Verdict.READY, Verdict.READY_WITH_RISKS, Verdict.NOT_READY);

    private final int matchYear;
    private final Map<Integer, int[]> outcomes = new TreeMap<>();
    private final Map<FlagCategory, int[]> flags = new EnumMap<>(FlagCategory.class);
    private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    private final List<ApplicantUsce> usce = new ArrayList<>();
    private String school;
    private RuleSetRef ruleSet;
    private double usceThreshold;
    private int applicants;

    CohortTally(int matchYear) {
        this.matchYear = matchYear;
    }

    /**
     * What one applicant adds to the summary: a few figures, kept with the export's checkpoint (as JSON) so a
     * job resumed on another node adds up the applicants a stopped node had exported.
     */
    record Entry(String school, RuleSetRef ruleSet, double usceThreshold, List<CycleRow> cycles,
            List<FlagRow> openFlags, Verdict verdict, String name, double handsOnUsMonths) {

        static Entry of(ReportMapper.ApplicantData d) {
            Assessment a = d.assessment();
            return new Entry(a.ruleSet().school(),
                    new RuleSetRef(a.ruleSet().school(), a.ruleSet().matchYear(), a.ruleSet().version()),
                    d.ruleSet().thresholds().usceHandsOnMonths(),
                    d.record().profile().cycles().stream().map(c -> new CycleRow(c.matchYear(), c.outcome())).toList(),
                    d.flags().stream().filter(f -> f.state() != FlagStatus.CLOSED)
                            .map(f -> new FlagRow(f.category(), f.severity() == Severity.HIGH)).toList(),
                    a.readiness().verdict(), d.record().profile().name().full(),
                    a.readiness().figures().handsOnUsMonths());
        }
    }

    record CycleRow(int matchYear, CycleOutcome outcome) {
    }

    record FlagRow(FlagCategory category, boolean high) {
    }

    void add(ReportMapper.ApplicantData d) {
        add(Entry.of(d));
    }

    void add(Entry e) {
        applicants++;
        school = e.school();
        if (ruleSet == null) {
            ruleSet = e.ruleSet();
            usceThreshold = e.usceThreshold();
        }
        boolean currentListed = false;
        for (CycleRow c : e.cycles()) {
            count(c.matchYear(), c.outcome());
            currentListed |= c.matchYear() == matchYear;
        }
        if (!currentListed) {
            count(matchYear, CycleOutcome.IN_PROGRESS);
        }
        for (FlagRow f : e.openFlags()) {
            int[] n = flags.computeIfAbsent(f.category(), k -> new int[2]);
            n[0]++;
            if (f.high()) {
                n[1]++;
            }
        }
        verdicts.merge(e.verdict(), 1, Integer::sum);
        usce.add(new ApplicantUsce(e.name(), e.handsOnUsMonths()));
    }

    private void count(int year, CycleOutcome outcome) {
        int[] n = outcomes.computeIfAbsent(year, k -> new int[5]);
        n[switch (outcome) {
            case MATCHED -> 0;
            case SOAP_MATCHED -> 1;
            case UNMATCHED -> 2;
            case WITHDREW -> 3;
            case IN_PROGRESS -> 4;
        }]++;
    }

    int applicants() {
        return applicants;
    }

    CohortSummary summary(String cohortName, LocalDate asOf, String preparedBy) {
        List<OutcomeRow> rows = outcomes.entrySet().stream()
                .map(e -> new OutcomeRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                        e.getValue()[4]))
                .toList();
        List<CategoryCount> categories = flags.entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<VerdictCount> mix = MIX_ORDER.stream()
                .map(v -> new VerdictCount(v, verdicts.getOrDefault(v, 0))).toList();
        RuleSetRef ref = ruleSet == null ? new RuleSetRef(school == null ? "" : school, matchYear, 0) : ruleSet;
        return new CohortSummary(new ReportHeader(school == null ? ref.school() : school, asOf, preparedBy), cohortName,
                matchYear, applicants, rows, categories, mix, usce, usceThreshold, ref);
    }
}

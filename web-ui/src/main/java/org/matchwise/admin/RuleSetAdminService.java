package org.matchwise.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.matchwise.admin.AdminViews.FieldProblem;
import org.matchwise.admin.AdminViews.RuleSetDraft;
import org.matchwise.admin.AdminViews.RuleSetForm;
import org.matchwise.admin.AdminViews.RuleSetResult;
import org.matchwise.admin.AdminViews.VerdictChange;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.applicant.persistence.ApplicantSearch;
import org.matchwise.assessment.Assessor;
import org.matchwise.cohort.persistence.CohortRepository;
import org.matchwise.explanation.persistence.ExplanationDraftRepository;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.ManualFlag;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.persistence.FlagRepository;
import org.matchwise.flags.FlagStatus;
import org.matchwise.readiness.ExplanationStatus;
import org.matchwise.readiness.Verdict;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.ruleset.Thresholds;
import org.matchwise.ruleset.persistence.RuleSetEntity;
import org.matchwise.ruleset.persistence.RuleSetRepository;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule-set editor's service: a year's thresholds and calendar to edit, a copy of last year's, a preview of
 * whose verdict an edit would change, and saving as the next version. Saving never overwrites: old
 * assessments keep naming the version that produced them, and that version stays readable.
 *
 * <p>The preview re-assesses each applicant of the school and year on their stored profile, today, with the
 * same manual flags and explanation status the case page uses, once with the year's rule set as it is now
 * and once with the edit; it writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class RuleSetAdminService {

    private final CurrentUser currentUser;
    private final RuleSetStore store;
    private final RuleSetRepository ruleSets;
    private final CohortRepository cohorts;
    private final ApplicantRepository applicants;
    private final FlagRepository flags;
    private final ExplanationDraftRepository explanations;
    private final Clock clock;

    RuleSetAdminService(CurrentUser currentUser, RuleSetStore store, RuleSetRepository ruleSets,
            CohortRepository cohorts, ApplicantRepository applicants, FlagRepository flags,
            ExplanationDraftRepository explanations, Clock clock) {
        this.currentUser = currentUser;
        this.store = store;
        this.ruleSets = ruleSets;
        this.cohorts = cohorts;
        this.applicants = applicants;
        this.flags = flags;
        this.explanations = explanations;
        this.clock = clock;
    }

    /** The match years the school has a cohort or a rule set for, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Integer> years() {
        MatchwiseUser admin = currentUser.require();
        TreeSet<Integer> years = new TreeSet<>();
        cohorts.findBySchoolIdOrderByMatchYearDesc(admin.schoolId()).forEach(c -> years.add(c.getMatchYear()));
        ruleSets.findBySchoolIdOrderByMatchYearAscVersionNumberAsc(admin.schoolId())
                .forEach(r -> years.add(r.getMatchYear()));
        return List.copyOf(years.descendingSet());
    }

    /** The year's rule set to edit: its latest version, else a copy of the nearest earlier year, else defaults. */
    @PreAuthorize("hasRole('ADMIN')")
    public RuleSetDraft draft(int matchYear) {
        MatchwiseUser admin = currentUser.require();
        Optional<RuleSet> stored = store.latest(admin.schoolId(), matchYear);
        if (stored.isPresent()) {
            return new RuleSetDraft(matchYear, stored.get().identity().version(), RuleSetDraft.Source.STORED, null,
                    form(stored.get()));
        }
        return copyFromEarlierYear(admin.schoolId(), matchYear).orElseGet(
                () -> new RuleSetDraft(matchYear, 0, RuleSetDraft.Source.DEFAULTS, null,
                        form(RuleSet.defaults(matchYear))));
    }

    /** The nearest earlier year's latest rule set copied to {@code matchYear} (calendar shifted); empty if none. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<RuleSetDraft> copyFromLastYear(int matchYear) {
        return copyFromEarlierYear(currentUser.require().schoolId(), matchYear);
    }

    /** Whose verdict the edit would change, old to new; nothing is stored. */
    @PreAuthorize("hasRole('ADMIN')")
    public RuleSetResult preview(int matchYear, RuleSetForm form, boolean copyOfLastYear) {
        MatchwiseUser admin = currentUser.require();
        List<FieldProblem> problems = RuleSetChecks.check(matchYear, form);
        if (!problems.isEmpty()) {
            return new RuleSetResult.Invalid(problems);
        }
        RuleSet now = effective(admin.schoolId(), matchYear);
        RuleSet edited = edited(admin.schoolId(), matchYear, form, copyOfLastYear);
        LocalDate today = LocalDate.now(clock);
        List<ApplicantEntity> cohort = applicants.findAll(
                new ApplicantSearch(admin.schoolId(), null, matchYear, null, null).toSpecification(),
                Sort.by("familyName", "givenName", "id"));
        List<VerdictChange> changes = new ArrayList<>();
        for (ApplicantEntity a : cohort) {
            ApplicantProfile profile = a.toProfile();
            List<ManualFlag> manual = flags.findByApplicantIdAndStatusNot(a.getId(), FlagStatus.CLOSED).stream()
                    .filter(f -> f.getRule() == RuleId.R18)
                    .map(f -> new ManualFlag(f.getSeverity(), f.getMessage(), null, f.getOpenedOn())).toList();
            Map<FlagCategory, ExplanationStatus> explained = explanations.explanationStatusOf(a.getId());
            Verdict before = Assessor.assess(profile, now, today, manual, explained, Locale.ENGLISH).readiness().verdict();
            Verdict after = Assessor.assess(profile, edited, today, manual, explained, Locale.ENGLISH).readiness()
                    .verdict();
            if (before != after) {
                changes.add(new VerdictChange(a.getId(), a.getExternalId(), a.getGivenName() + " " + a.getFamilyName(),
                        before, after));
            }
        }
        return new RuleSetResult.Previewed(cohort.size(), changes);
    }

    /** Stores the edit as the year's next version. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RuleSetResult save(int matchYear, RuleSetForm form, boolean copyOfLastYear) {
        MatchwiseUser admin = currentUser.require();
        List<FieldProblem> problems = RuleSetChecks.check(matchYear, form);
        if (!problems.isEmpty()) {
            return new RuleSetResult.Invalid(problems);
        }
        RuleSet stored = store.storeNextVersion(admin.schoolId(), matchYear,
                edited(admin.schoolId(), matchYear, form, copyOfLastYear), admin.id());
        return new RuleSetResult.Saved(matchYear, stored.identity().version());
    }

    /** The rule set the year's assessments use now (without storing the defaults the way a first assessment does). */
    private RuleSet effective(long schoolId, int matchYear) {
        return store.latest(schoolId, matchYear).orElseGet(() -> earlier(schoolId, matchYear)
                .map(r -> r.copyForMatchYear(matchYear)).orElseGet(() -> RuleSet.defaults(matchYear)));
    }

    private RuleSet edited(long schoolId, int matchYear, RuleSetForm f, boolean copyOfLastYear) {
        RuleSet base = copyOfLastYear
                ? earlier(schoolId, matchYear).map(r -> r.copyForMatchYear(matchYear)).orElse(effective(schoolId, matchYear))
                : effective(schoolId, matchYear);
        return base.withThresholds(new Thresholds(f.gapMonths(), f.gapHighMonths(), f.yearsSinceGraduation(),
                        f.recentClinicalMonths(), f.recentClinicalHighMonths(), f.usceHandsOnMonths(),
                        f.fullTimeOverlapMonths(), f.daysPerMonth(), f.step2ScoreLagDays(), f.step1NumericLow(),
                        f.examFailuresForHigh(), f.patternEvents()))
                .withCalendar(new MatchCalendar(f.erasOpens(), f.applicantsMaySubmit(), f.programsOpen(),
                        f.rankOrderDeadline(), f.matchDay()));
    }

    private Optional<RuleSetDraft> copyFromEarlierYear(long schoolId, int matchYear) {
        return earlier(schoolId, matchYear).map(r -> new RuleSetDraft(matchYear, 0, RuleSetDraft.Source.COPY,
                r.matchYear(), form(r.copyForMatchYear(matchYear))));
    }

    /** The latest version of the school's nearest year before {@code matchYear}. */
    private Optional<RuleSet> earlier(long schoolId, int matchYear) {
        return ruleSets.findBySchoolIdOrderByMatchYearAscVersionNumberAsc(schoolId).stream()
                .filter(e -> e.getMatchYear() < matchYear)
                .map(RuleSetEntity::getMatchYear)
                .reduce((a, b) -> b)
                .flatMap(year -> store.latest(schoolId, year));
    }


    static RuleSetForm form(RuleSet r) {
        Thresholds t = r.thresholds();
        MatchCalendar c = r.calendar();
        return new RuleSetForm(t.gapMonths(), t.gapHighMonths(), t.yearsSinceGraduation(), t.recentClinicalMonths(),
                t.recentClinicalHighMonths(), t.usceHandsOnMonths(), t.fullTimeOverlapMonths(), t.daysPerMonth(),
                t.step2ScoreLagDays(), t.step1NumericLow(), t.examFailuresForHigh(), t.patternEvents(), c.erasOpens(),
                c.applicantsMaySubmit(), c.programsOpen(), c.rankOrderDeadline(), c.matchDay());
    }
}

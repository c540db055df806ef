package org.matchwise.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.Letter;
import org.matchwise.applicant.LetterStatus;
import org.matchwise.assessment.Assessment;
import org.matchwise.flags.FlagCategory;
import org.matchwise.flags.Step2Status;
import org.matchwise.home.HomeViews.ApplicantHome;
import org.matchwise.home.HomeViews.NextStep;
import org.matchwise.home.HomeViews.SeasonDate;
import org.matchwise.home.HomeViews.SeasonDateKind;
import org.matchwise.home.HomeViews.SharedNote;
import org.matchwise.home.HomeViews.StepKind;
import org.matchwise.note.persistence.AdvisingNoteRepository;
import org.matchwise.note.NoteVisibility;
import org.matchwise.portal.PortalPlanService;
import org.matchwise.portal.PortalService;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.portal.PortalViews.ActionView;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.portal.PortalViews.DraftView;
import org.matchwise.portal.PortalViews.ExplainableFlag;
import org.matchwise.readiness.ChecklistItem;
import org.matchwise.readiness.ReadinessAssessor;
import org.matchwise.readiness.SeasonPhase;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in applicant's home (issue 14 item 2), built only from what the applicant may see: the assessment
 * through {@link PortalService#myAssessment()} (the portal's own projection), the record through
 * {@link PortalService#myRecord()} (redacted), the plan and drafts through the portal services, and the notes
 * advisors marked shared. Never another applicant's: the record is the caller's own
 * ({@link ApplicantService#myRecordId()}).
 */
@Service
@Transactional
public class HomeService {

    /** How many next steps the home shows. */
    public static final int NEXT_STEPS = 3;
    /** Letters asked for are chased when due within this many days (or overdue). */
    static final int LETTER_CHASE_DAYS = 14;
    /** Shared notes shown, newest first. */
    static final int NOTES = 5;

    private final PortalService portal;
    private final PortalPlanService plans;
    private final ApplicantService applicants;
    private final AdvisingNoteRepository notes;
    private final UserRepository users;
    private final RuleSetStore ruleSets;
    private final CurrentUser currentUser;
    private final Clock clock;

    HomeService(PortalService portal, PortalPlanService plans, ApplicantService applicants, AdvisingNoteRepository notes,
            UserRepository users, RuleSetStore ruleSets, CurrentUser currentUser, Clock clock) {
        this.portal = portal;
        this.plans = plans;
        this.applicants = applicants;
        this.notes = notes;
        this.users = users;
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's home, or empty when no record is linked to their account yet. */
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<ApplicantHome> myHome() {
        MatchwiseUser user = currentUser.require();
        Optional<ApplicantRecord> record = portal.myRecord();
        Optional<Assessment> assessment = portal.myAssessment();
        if (record.isEmpty() || assessment.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        ApplicantRecord r = record.get();
        Assessment a = assessment.get();
        RuleSet ruleSet = ruleSets.current(user.schoolId(), a.matchYear(), user.id());
        List<NextStep> steps = steps(r, a, ruleSet, today);
        List<NextStep> next = steps.subList(0, Math.min(NEXT_STEPS, steps.size()));
        return Optional.of(new ApplicantHome(r.profile().name().given(), a.matchYear(), a.readiness().verdict(),
                a.readiness().season(), today, List.copyOf(next), steps.size() - next.size(), shared(r.id()),
                dates(ruleSet)));
    }

    /** Every next step of the caller (not only the first three), most urgent first. */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<NextStep> mySteps() {
        MatchwiseUser user = currentUser.require();
        Optional<ApplicantRecord> record = portal.myRecord();
        Optional<Assessment> assessment = portal.myAssessment();
        if (record.isEmpty() || assessment.isEmpty()) {
            return List.of();
        }
        RuleSet ruleSet = ruleSets.current(user.schoolId(), assessment.get().matchYear(), user.id());
        return List.copyOf(steps(record.get(), assessment.get(), ruleSet, LocalDate.now(clock)));
    }

    /** Every next step of the caller, most urgent first: dated ones by date, then the rest in a fixed order. */
    List<NextStep> steps(ApplicantRecord r, Assessment a, RuleSet ruleSet, LocalDate today) {
        List<NextStep> out = new ArrayList<>();
        for (ActionView action : plans.myPlan()) {
            if ((action.state() == ActionStatus.PLANNED || action.state() == ActionStatus.IN_PROGRESS)
                    && action.matchYear() == a.matchYear()) {
                out.add(new NextStep(StepKind.ACTION, action.title(), action.category(), action.dueDate()));
            }
        }
        for (Letter l : r.profile().letters()) {
            if (l.status() == LetterStatus.IDENTIFIED) {
                out.add(new NextStep(StepKind.LETTER_REQUEST, l.writer(), null, l.dueDate()));
            } else if (!l.status().isDone() && l.dueDate() != null
                    && !l.dueDate().isAfter(today.plusDays(LETTER_CHASE_DAYS))) {
                out.add(new NextStep(StepKind.LETTER_CHASE, l.writer(), l.status(), l.dueDate()));
            }
        }
        Map<FlagCategory, DraftView> drafts = new HashMap<>();
        for (DraftView d : portal.myDrafts()) {
            drafts.merge(d.category(), d, (x, y) -> y.updatedAt().isAfter(x.updatedAt()) ? y : x);
        }
        Set<FlagCategory> seen = EnumSet.noneOf(FlagCategory.class);
        for (ExplainableFlag f : portal.explainableFlags()) {
            if (!ReadinessAssessor.EXPLAINED.contains(f.category()) || !seen.add(f.category())) {
                continue;
            }
            DraftView d = drafts.get(f.category());
            if (d == null) {
                out.add(new NextStep(StepKind.EXPLANATION_WRITE, null, f.category(), null));
            } else if (d.state() == DraftStatus.DRAFT && d.advisorComment() != null && !d.advisorComment().isBlank()) {
                out.add(new NextStep(StepKind.EXPLANATION_REVISE, null, f.category(), null));
            }
        }
        Step2Status step2 = a.step2Timing().status();
        if (step2 == Step2Status.NOT_SCHEDULED || step2 == Step2Status.LATE || step2 == Step2Status.FAILED_NOT_PASSED) {
            LocalDate latest = latestStep2Test(ruleSet);
            out.add(new NextStep(StepKind.STEP2, null, step2, latest.isBefore(today) ? null : latest));
        }
        if (a.readiness().season() != SeasonPhase.PREPARING) {
            for (ChecklistItem c : a.readiness().checklist()) {
                out.add(new NextStep(StepKind.SEASON, c.text(), c.kind(), c.due()));
            }
        }
        out.sort(Comparator.comparing(NextStep::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(NextStep::kind));
        return out;
    }

    private List<SharedNote> shared(long applicantId) {
        var found = notes.findByApplicantIdAndVisibilityOrderByCreatedAtAscIdAsc(applicantId, NoteVisibility.SHARED);
        List<SharedNote> out = new ArrayList<>();
        for (int i = found.size() - 1; i >= 0 && out.size() < NOTES; i--) {
            var n = found.get(i);
            String author = users.findById(n.getAuthorId()).map(u -> u.getDisplayName()).orElse("");
            out.add(new SharedNote(author, n.getCreatedAt(), n.getBody()));
        }
        return out;
    }

    /** The latest Step 2 CK test date whose score still arrives by programs' opening day. */
    static LocalDate latestStep2Test(RuleSet ruleSet) {
        return ruleSet.calendar().programsOpen().minusDays(ruleSet.thresholds().step2ScoreLagDays());
    }

    static List<SeasonDate> dates(RuleSet ruleSet) {
        MatchCalendar c = ruleSet.calendar();
        return List.of(new SeasonDate(SeasonDateKind.ERAS_OPENS, c.erasOpens()),
                new SeasonDate(SeasonDateKind.STEP2_LATEST_TEST, latestStep2Test(ruleSet)),
                new SeasonDate(SeasonDateKind.APPLICANTS_MAY_SUBMIT, c.applicantsMaySubmit()),
                new SeasonDate(SeasonDateKind.PROGRAMS_OPEN, c.programsOpen()),
                new SeasonDate(SeasonDateKind.RANK_ORDER_DEADLINE, c.rankOrderDeadline()),
                new SeasonDate(SeasonDateKind.MATCH_WEEK, c.matchWeekStarts()),
                new SeasonDate(SeasonDateKind.MATCH_DAY, c.matchDay()));
    }
}

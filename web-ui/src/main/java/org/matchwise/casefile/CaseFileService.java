package org.matchwise.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.ApplicantViews.HistoryView;
import org.matchwise.applicant.ApplicantViews.NoteView;
import org.matchwise.note.NoteVisibility;
import org.matchwise.applicant.FlagService;
import org.matchwise.applicant.Specialty;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.assessment.Assessment;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.remediation.ActionStatus;
import org.matchwise.casefile.CaseViews.ActionView;
import org.matchwise.casefile.CaseViews.CaseFile;
import org.matchwise.casefile.CaseViews.CaseLookup;
import org.matchwise.casefile.CaseViews.ChangeResult;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.casefile.CaseViews.DraftView;
import org.matchwise.casefile.CaseViews.NewAction;
import org.matchwise.casefile.CaseViews.TargetBand;
import org.matchwise.explanation.ExplanationChecker;
import org.matchwise.explanation.Placement;
import org.matchwise.explanation.persistence.ExplanationDraftEntity;
import org.matchwise.explanation.persistence.ExplanationDraftRepository;
import org.matchwise.flags.FlagCategory;
import org.matchwise.note.persistence.AdvisingNoteEntity;
import org.matchwise.note.persistence.AdvisingNoteRepository;
import org.matchwise.plan.persistence.RemediationActionEntity;
import org.matchwise.plan.persistence.RemediationPlanEntity;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.remediation.CycleDates;
import org.matchwise.remediation.RemediationCatalogue;
import org.matchwise.remediation.SuggestedAction;
import org.matchwise.ruleset.MatchCalendar;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.ruleset.ScoreBands;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisor's case file of one applicant of the caller's school: one read for the case view (record,
 * assessment, flags, plan, explanation drafts with the checker's findings, notes), and the commands the
 * applicant services lack: remediation actions, explanation drafts and their review, advising notes.
 * Every id is checked against the caller's school first; an unknown or foreign id is "not found". Every
 * read of a record is written to the access log (the applicant services log what they read).
 */
@Service
@Transactional
public class CaseFileService {

    private static final RemediationCatalogue CATALOGUE = RemediationCatalogue.defaults();
    private static final ExplanationChecker CHECKER = new ExplanationChecker();

    private final CurrentUser currentUser;
    private final ApplicantRepository applicants;
    private final ApplicantService applicantService;
    private final FlagService flagService;
    private final RuleSetStore ruleSets;
    private final RemediationPlanRepository plans;
    private final ExplanationDraftRepository drafts;
    private final AdvisingNoteRepository notes;
    private final UserRepository users;
    private final AccessLog accessLog;
    private final Clock clock;

    CaseFileService(CurrentUser currentUser, ApplicantRepository applicants, ApplicantService applicantService,
            FlagService flagService, RuleSetStore ruleSets, RemediationPlanRepository plans,
            ExplanationDraftRepository drafts, AdvisingNoteRepository notes, UserRepository users, AccessLog accessLog,
            Clock clock) {
        this.currentUser = currentUser;
        this.applicants = applicants;
        this.applicantService = applicantService;
        this.flagService = flagService;
        this.ruleSets = ruleSets;
        this.plans = plans;
        this.drafts = drafts;
        this.notes = notes;
        this.users = users;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Everything the case view shows first; logged as views of the profile, assessment and notes. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public CaseLookup open(long id) {
        MatchwiseUser user = currentUser.require();
        Optional<ApplicantEntity> found = applicants.findByIdAndSchoolId(id, user.schoolId());
        if (found.isEmpty()) {
            return new CaseLookup.NotFound(id);
        }
        ApplicantRecord record = applicantService.get(id);
        Assessment assessment = applicantService.assessment(id);
        List<FlagView> flags = flagService.flags(id);
        RuleSet ruleSet = ruleSets.version(user.schoolId(), assessment.matchYear(), assessment.ruleSet().version())
                .orElseGet(() -> ruleSets.current(user.schoolId(), assessment.matchYear(), user.id()));
        accessLog.record(id, AccessAction.VIEW_NOTES);
        return new CaseLookup.Found(new CaseFile(record, assessment, flags, actionsOf(id), draftsOf(id),
                notesOf(user, id), band(ruleSet, record.profile().primarySpecialty()), ruleSet.calendar(),
                cycleDates(ruleSet)));
    }

    /** The catalogue's suggested actions for a flag category, dated from the rule set's calendar. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public List<SuggestedAction> suggestions(long id, FlagCategory category) {
        MatchwiseUser user = currentUser.require();
        Optional<ApplicantEntity> a = applicants.findByIdAndSchoolId(id, user.schoolId());
        if (a.isEmpty() || category == null) {
            return List.of();
        }
        int matchYear = a.get().getMatchYear();
        return ruleSets.latest(user.schoolId(), matchYear).map(r -> CATALOGUE.suggest(category, cycleDates(r)))
                .orElseGet(() -> CATALOGUE.suggest(category, cycleDates(RuleSet.defaults(matchYear))));
    }

    /** Adds an action to the applicant's plan for their match year (the plan is started on first use). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ChangeResult addAction(long id, NewAction action) {
        MatchwiseUser user = currentUser.require();
        Optional<ApplicantEntity> a = applicants.findByIdAndSchoolId(id, user.schoolId());
        if (a.isEmpty()) {
            return new ChangeResult.Refused("casefile.error.notFound");
        }
        if (action == null || action.category() == null || action.owner() == null || action.title() == null
                || action.title().isBlank()) {
            return new ChangeResult.Refused("casefile.plan.error.incomplete");
        }
        int matchYear = a.get().getMatchYear();
        RemediationPlanEntity plan = plans.findByApplicantIdAndMatchYear(id, matchYear)
                .orElseGet(() -> plans.save(new RemediationPlanEntity(id, matchYear, clock.instant(), user.id())));
        RemediationActionEntity added = plan.addAction(action.category(), action.title().trim(), action.owner(),
                action.dueDate());
        plans.flush();
        return new ChangeResult.Done(added.getId());
    }

    /** Moves an action on (status and evidence) if it is still at {@code expectedVersion}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ChangeResult updateAction(long id, long actionId, long expectedVersion, ActionStatus state, String evidence) {
        return reviseAction(id, actionId, expectedVersion, null, state, evidence, false);
    }

    /** {@link #reviseAction(long, long, long, NewAction, ActionStatus, String, boolean)} with evidence the applicant sees. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ChangeResult reviseAction(long id, long actionId, long expectedVersion, NewAction revision, ActionStatus state,
            String evidence) {
        return reviseAction(id, actionId, expectedVersion, revision, state, evidence, false);
    }

    /**
     * Changes an action if it is still at {@code expectedVersion}: its status and evidence and, when
     * {@code revision} is given, its title, owner and due date (the category stays: it ties the action to a flag).
     * {@code evidenceInternal}: the evidence is the office's and the applicant never sees it (ApplicantProjection).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ChangeResult reviseAction(long id, long actionId, long expectedVersion, NewAction revision, ActionStatus state,
            String evidence, boolean evidenceInternal) {
        MatchwiseUser user = currentUser.require();
        if (applicants.findByIdAndSchoolId(id, user.schoolId()).isEmpty()) {
            return new ChangeResult.Refused("casefile.error.notFound");
        }
        if (state == null || revision != null && (revision.owner() == null || revision.title() == null
                || revision.title().isBlank())) {
            return new ChangeResult.Refused("casefile.plan.error.incomplete");
        }
        Optional<RemediationActionEntity> action = plans.findByApplicantIdOrderByMatchYearDesc(id).stream()
                .flatMap(p -> p.action(actionId).stream()).findFirst();
        if (action.isEmpty()) {
            return new ChangeResult.Refused("casefile.plan.error.unknown");
        }
        if (action.get().getVersion() != expectedVersion) {
            return new ChangeResult.Conflict(expectedVersion, action.get().getVersion());
        }
        if (revision != null) {
            action.get().revise(revision.title().trim(), revision.owner(), revision.dueDate());
        }
        action.get().progress(state, evidence == null || evidence.isBlank() ? null : evidence.trim(),
                evidenceInternal);
        plans.flush();
        return new ChangeResult.Done(actionId);
    }

    /** Stores an explanation draft the applicant wrote (for example one sent by email). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ChangeResult addDraft(long id, FlagCategory category, Placement placement, String body) {
        MatchwiseUser user = currentUser.require();
        if (applicants.findByIdAndSchoolId(id, user.schoolId()).isEmpty()) {
            return new ChangeResult.Refused("casefile.error.notFound");
        }
        if (category == null || placement == null || body == null || body.isBlank()) {
            return new ChangeResult.Refused("casefile.drafts.error.incomplete");
        }
        ExplanationDraftEntity d = drafts.saveAndFlush(new ExplanationDraftEntity(id, category, placement, body.strip(),
                clock.instant()));
        return new ChangeResult.Done(d.getId());
    }

    /** The advisor's review of a draft: REVIEWED with the comment. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ChangeResult review(long id, long draftId, String comment) {
        MatchwiseUser user = currentUser.require();
        if (applicants.findByIdAndSchoolId(id, user.schoolId()).isEmpty()) {
            return new ChangeResult.Refused("casefile.error.notFound");
        }
        if (comment == null || comment.isBlank()) {
            return new ChangeResult.Refused("casefile.drafts.error.commentRequired");
        }
        Optional<ExplanationDraftEntity> d = drafts.findByIdAndApplicantId(draftId, id);
        if (d.isEmpty()) {
            return new ChangeResult.Refused("casefile.drafts.error.unknown");
        }
        d.get().review(comment.strip(), clock.instant());
        drafts.flush();
        return new ChangeResult.Done(draftId);
    }

    /** Adds an advising note, private to advisors and admins or shared with the applicant. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public ChangeResult addNote(long id, NoteVisibility visibility, String text) {
        MatchwiseUser user = currentUser.require();
        if (applicants.findByIdAndSchoolId(id, user.schoolId()).isEmpty()) {
            return new ChangeResult.Refused("casefile.error.notFound");
        }
        if (visibility == null || text == null || text.isBlank()) {
            return new ChangeResult.Refused("casefile.notes.error.empty");
        }
        AdvisingNoteEntity n = notes.saveAndFlush(new AdvisingNoteEntity(id, user.id(),
                visibility, text.strip(), clock.instant()));
        return new ChangeResult.Done(n.getId());
    }

    /** Field-level changes and cycle snapshots, read when the history or cycles section is opened. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public Optional<HistoryView> history(long id) {
        MatchwiseUser user = currentUser.require();
        if (applicants.findByIdAndSchoolId(id, user.schoolId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(applicantService.history(id));
    }

    private List<ActionView> actionsOf(long id) {
        return plans.findByApplicantIdOrderByMatchYearDesc(id).stream()
                .flatMap(p -> p.getActions().stream().map(a -> new ActionView(a.getId(), p.getMatchYear(), a.getCategory(),
                        a.getTitle(), a.getOwner(), a.getDueDate(), a.getStatus(),
                        a.getEvidenceNote(), a.getVersion(), a.isEvidenceInternal())))
                .toList();
    }

    private List<DraftView> draftsOf(long id) {
        return drafts.findByApplicantIdOrderByCreatedAtAscIdAsc(id).stream()
                .map(d -> new DraftView(d.getId(), d.getFlagCategory(), d.getPlacement(), d.getBody(),
                        d.getStatus(), d.getAdvisorComment(), d.getUpdatedAt(),
                        CHECKER.check(d.getBody(), d.getPlacement(), d.getFlagCategory())))
                .toList();
    }

    private List<NoteView> notesOf(MatchwiseUser user, long id) {
        List<AdvisingNoteEntity> found = notes.findByApplicantIdOrderByCreatedAtAscIdAsc(id);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = users.findBySchoolIdOrderByDisplayName(user.schoolId()).stream()
                .collect(Collectors.toMap(UserEntity::getId, UserEntity::getDisplayName));
        return found.stream().map(n -> new NoteView(n.getId(), n.getAuthorId(), names.getOrDefault(n.getAuthorId(), "?"),
                n.getVisibility(), n.getBody(), n.getCreatedAt())).toList();
    }

    private CycleDates cycleDates(RuleSet ruleSet) {
        MatchCalendar c = ruleSet.calendar();
        return new CycleDates(c.erasOpens(), c.applicantsMaySubmit(), c.programsOpen(), LocalDate.now(clock));
    }

    /**
     * The target band of the primary specialty: from the average band, else from "workable" to
     * "competitive" or "strong"; none when the rule set does not set both ends.
     */
    static TargetBand band(RuleSet ruleSet, Specialty primary) {
        if (primary == null) {
            return null;
        }
        ScoreBands b = ruleSet.scoreBands().get(primary);
        if (b == null) {
            return null;
        }
        Integer low = b.averageFrom() != null ? b.averageFrom() : b.workable() != null ? b.workable() : b.step2Low();
        Integer high = b.averageTo() != null ? b.averageTo() : b.competitive() != null ? b.competitive() : b.strong();
        return low == null || high == null || high < low ? null : new TargetBand(low, high);
    }
}

package org.matchwise.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.FlagService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.assessment.Assessment;
import org.matchwise.explanation.Placement;
import org.matchwise.explanation.persistence.ExplanationDraftEntity;
import org.matchwise.explanation.persistence.ExplanationDraftRepository;
import org.matchwise.flags.FlagCategory;
import org.matchwise.portal.PortalViews.DraftResult;
import org.matchwise.explanation.DraftStatus;
import org.matchwise.portal.PortalViews.DraftView;
import org.matchwise.portal.PortalViews.ExplainableFlag;
import org.matchwise.portal.PortalViews.Step2Hint;
import org.matchwise.ruleset.RuleSet;
import org.matchwise.ruleset.RuleSetStore;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in applicant's own record, and nothing else: every method finds the record through
 * {@link ApplicantService#myRecordId()}, never through an id the caller passes, so no URL or parameter can
 * point it at another applicant. Edits go through {@link ApplicantService#replace}, which keeps the
 * applicant to their progress sections and marks what they enter unverified.
 */
@Service
@Transactional
public class PortalService {

    static final int MAX_DRAFT_LENGTH = 20000;

    private final ApplicantService applicants;
    private final ApplicantRepository records;
    private final FlagService flags;
    private final RuleSetStore ruleSets;
    private final ExplanationDraftRepository drafts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessLog accessLog;

    PortalService(ApplicantService applicants, ApplicantRepository records, FlagService flags, RuleSetStore ruleSets,
            ExplanationDraftRepository drafts, CurrentUser currentUser, Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.applicants = applicants;
        this.records = records;
        this.flags = flags;
        this.ruleSets = ruleSets;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's record (redacted as for every applicant), or empty when no record is linked yet. */
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<ApplicantRecord> myRecord() {
        return applicants.myRecordId().map(applicants::get);
    }

    /** Saves the caller's edited progress if their record is still at {@code expectedVersion}. */
    @PreAuthorize("hasRole('APPLICANT')")
    public SaveResult save(ApplicantProfile edited, long expectedVersion) {
        Optional<Long> id = applicants.myRecordId();
        if (id.isEmpty()) {
            return new SaveResult.Rejected("no_record", "No record is linked to your account.");
        }
        return applicants.replace(id.get(), edited, expectedVersion);
    }

    /**
     * When a Step 2 CK score of a test on {@code testDate} arrives, by the school's rule set of the caller's
     * match year (score lag and programs' opening day), and whether that is after opening day.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<Step2Hint> step2Hint(LocalDate testDate) {
        MatchwiseUser user = currentUser.require();
        // the match year only: read without writing a "viewed the record" entry to the access log on each keystroke
        Optional<Integer> year = applicants.myRecordId()
                .flatMap(id -> records.findByIdAndSchoolId(id, user.schoolId())).map(a -> a.getMatchYear());
        if (testDate == null || year.isEmpty()) {
            return Optional.empty();
        }
        int matchYear = year.get();
        RuleSet ruleSet = ruleSets.current(user.schoolId(), matchYear, user.id());
        LocalDate scoreBy = testDate.plusDays(ruleSet.thresholds().step2ScoreLagDays());
        LocalDate programsOpen = ruleSet.calendar().programsOpen();
        return Optional.of(new Step2Hint(testDate, scoreBy, programsOpen, matchYear, scoreBy.isAfter(programsOpen)));
    }

    /** The caller's assessment as of today: verdict, reasons, checklist and disclaimer, without sensitive parts. */
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<Assessment> myAssessment() {
        return applicants.myRecordId().map(applicants::assessment);
    }

    /** The caller's flags that are not closed, which they may explain (never professionalism flags). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<ExplainableFlag> explainableFlags() {
        return applicants.myRecordId().map(id -> flags.flagsForApplicant(id).stream()
                .filter(f -> f.state() != FlagStatus.CLOSED)
                .map(f -> new ExplainableFlag(f.category(), f.severity(), f.message()))
                .toList()).orElse(List.of());
    }

    /** The caller's explanation drafts, oldest first, with advisors' comments. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<DraftView> myDrafts() {
        return applicants.myRecordId().map(id -> {
            accessLog.record(id, AccessAction.VIEW_DRAFTS);
            return drafts.findByApplicantIdOrderByCreatedAtAscIdAsc(id).stream().map(PortalService::view).toList();
        }).orElse(List.of());
    }

    /**
     * Saves a draft: a new one when {@code draftId} is null (for one of the caller's open flags and a
     * placement), else a revision of the caller's own draft at {@code expectedVersion}. A revision goes back
     * to DRAFT until submitted again.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    public DraftResult saveDraft(Long draftId, FlagCategory category, Placement placement, String body,
            Long expectedVersion) {
        Optional<Long> id = applicants.myRecordId();
        if (id.isEmpty()) {
            return new DraftResult.Refused("no_record");
        }
        if (body == null || body.isBlank()) {
            return new DraftResult.Refused("draft_empty");
        }
        if (body.length() > MAX_DRAFT_LENGTH) {
            return new DraftResult.Refused("draft_too_long");
        }
        if (draftId == null) {
            if (category == null || placement == null
                    || explainableFlags().stream().noneMatch(f -> f.category() == category)) {
                return new DraftResult.Refused("unknown_flag");
            }
            ExplanationDraftEntity created = drafts.saveAndFlush(
                    new ExplanationDraftEntity(id.get(), category, placement, body, clock.instant()));
            return new DraftResult.Saved(view(created));
        }
        Optional<ExplanationDraftEntity> draft = drafts.findByIdAndApplicantId(draftId, id.get());
        if (draft.isEmpty()) {
            return new DraftResult.Refused("unknown_draft");
        }
        if (expectedVersion == null || draft.get().getVersion() != expectedVersion) {
            return new DraftResult.Conflict();
        }
        draft.get().revise(body, clock.instant());
        drafts.flush();
        return new DraftResult.Saved(view(draft.get()));
    }

    /** Sends the caller's draft to their advisor for review. */
    @PreAuthorize("hasRole('APPLICANT')")
    public DraftResult submitDraft(long draftId, long expectedVersion) {
        Optional<Long> id = applicants.myRecordId();
        Optional<ExplanationDraftEntity> draft = id.flatMap(i -> drafts.findByIdAndApplicantId(draftId, i));
        if (draft.isEmpty()) {
            return new DraftResult.Refused("unknown_draft");
        }
        if (draft.get().getVersion() != expectedVersion) {
            return new DraftResult.Conflict();
        }
        if (draft.get().getStatus() != DraftStatus.DRAFT) {
            return new DraftResult.Refused("draft_not_open");
        }
        draft.get().submit(clock.instant());
        drafts.flush();
        return new DraftResult.Saved(view(draft.get()));
    }

    static DraftView view(ExplanationDraftEntity d) {
        return new DraftView(d.getId(), d.getFlagCategory(), d.getPlacement(), d.getBody(),
                d.getStatus(), d.getAdvisorComment(), d.getUpdatedAt(), d.getVersion());
    }
}

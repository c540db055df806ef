package org.matchwise.applicant;

import java.time.Clock;
import java.util.List;
import org.matchwise.flags.FlagStatus;
import org.matchwise.applicant.ApplicantViews.FlagView;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.flags.RuleId;
import org.matchwise.flags.Severity;
import org.matchwise.flags.persistence.FlagEntity;
import org.matchwise.flags.persistence.FlagRepository;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored flags of an applicant: listed with their history, manual flags added by advisors, flags marked
 * addressed with a note. Flags are never deleted; detected ones open and close with the assessment.
 */
@Service
@Transactional
public class FlagService {

    /** The outcome of a flag action. */
    public sealed interface FlagResult {
        record Done(FlagView flag) implements FlagResult {
        }

        record Refused(String code, String message) implements FlagResult {
        }
    }

    private final ApplicantAccess access;
    private final FlagRepository flags;
    private final Assessments assessments;
    private final Clock clock;
    private final org.matchwise.audit.AccessLog accessLog;

    FlagService(ApplicantAccess access, FlagRepository flags, Assessments assessments, Clock clock,
            org.matchwise.audit.AccessLog accessLog) {
        this.access = access;
        this.flags = flags;
        this.assessments = assessments;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /**
     * Every flag, open and closed, oldest first, as the office stores it (messages, how and by whom addressed).
     * Advisors and admins only: an applicant reads their flags through {@link #flagsForApplicant}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional(readOnly = true)
    public List<FlagView> flags(long applicantId) {
        access.read(applicantId);
        accessLog.record(applicantId, org.matchwise.audit.AccessAction.VIEW_FLAGS);
        return views(flags.findByApplicantIdOrderByOpenedOnAscIdAsc(applicantId), false);
    }

    /**
     * Every flag the applicant may see, oldest first, worded for them (ApplicantProjection): no professionalism
     * flag, no manual flag the advisor did not share, nothing of how it was addressed. For the applicant's own
     * portal and for the applicant copy of a report, whoever produces it.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    @Transactional(readOnly = true)
    public List<FlagView> flagsForApplicant(long applicantId) {
        access.read(applicantId);
        accessLog.record(applicantId, org.matchwise.audit.AccessAction.VIEW_FLAGS);
        return views(flags.findByApplicantIdOrderByOpenedOnAscIdAsc(applicantId), true);
    }

    /** The messages of the record's manual flags that advisors shared with the applicant (the caller has access). */
    List<String> sharedManualMessages(long applicantId) {
        return flags.findByApplicantIdAndStatusNot(applicantId, FlagStatus.CLOSED).stream()
                .filter(f -> f.getRule() == RuleId.R18 && f.isShared()).map(FlagEntity::getMessage).toList();
    }

    /** R18: an advisor's own flag, kept from the applicant; it passes through every later assessment until closed. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public FlagResult addManualFlag(long applicantId, Severity severity, String message) {
        return addManualFlag(applicantId, severity, message, false);
    }

    /**
     * R18: an advisor's own flag; it passes through every later assessment until closed. {@code shared}: the
     * applicant sees its message (ApplicantProjection); otherwise it stays with the office.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public FlagResult addManualFlag(long applicantId, Severity severity, String message, boolean shared) {
        MatchwiseUser user = access.caller();
        if (severity == null || message == null || message.isBlank()) {
            return new FlagResult.Refused("invalid_flag", "A manual flag needs a severity and a message.");
        }
        access.read(applicantId);
        ApplicantEntity a = access.change(applicantId);
        FlagEntity flag = flags.save(FlagEntity.manual(applicantId, severity, message.trim(), user.id(), assessments.today(),
                shared));
        assessments.reassess(a, user.id());
        return new FlagResult.Done(view(flag));
    }

    /** An advisor answered a flag: it is ADDRESSED with the note, and stays on record. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public FlagResult markAddressed(long applicantId, long flagId, String note) {
        MatchwiseUser user = access.caller();
        if (note == null || note.isBlank()) {
            return new FlagResult.Refused("note_required", "Say how the flag was addressed.");
        }
        access.read(applicantId);
        var flag = flags.findByIdAndApplicantId(flagId, applicantId);
        if (flag.isEmpty()) {
            return new FlagResult.Refused("unknown_flag", "The record has no flag " + flagId + ".");
        }
        if (flag.get().getStatus() == FlagStatus.CLOSED) {
            return new FlagResult.Refused("flag_closed", "The flag is closed; its condition no longer holds.");
        }
        flag.get().address(note.trim(), user.id(), clock.instant());
        flags.flush();
        return new FlagResult.Done(view(flag.get()));
    }

    /** An advisor withdraws a manual flag: it closes with today's date and stays on record. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public FlagResult closeManualFlag(long applicantId, long flagId) {
        MatchwiseUser user = access.caller();
        access.read(applicantId);
        var flag = flags.findByIdAndApplicantId(flagId, applicantId).filter(f -> f.getRule() == RuleId.R18);
        if (flag.isEmpty()) {
            return new FlagResult.Refused("unknown_flag", "The record has no manual flag " + flagId + ".");
        }
        ApplicantEntity a = access.change(applicantId);
        flag.get().close(assessments.today());
        flags.flush();
        assessments.reassess(a, user.id());
        return new FlagResult.Done(view(flag.get()));
    }

    /**
     * An advisor shares a manual flag with the applicant (they then see its message on their readiness page and in
     * their reports), or takes the sharing back. Detected flags are never shared verbatim: the applicant sees them
     * worded by ApplicantProjection. The change is in the record's history (the flag is audited).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public FlagResult shareManualFlag(long applicantId, long flagId, boolean shared) {
        access.read(applicantId);
        var flag = flags.findByIdAndApplicantId(flagId, applicantId);
        if (flag.isEmpty()) {
            return new FlagResult.Refused("unknown_flag", "The record has no flag " + flagId + ".");
        }
        if (flag.get().getRule() != RuleId.R18) {
            return new FlagResult.Refused("not_manual",
                    "Only an advisor's own flag (R18) can be shared; the applicant sees detected flags in their own words.");
        }
        access.change(applicantId);
        flag.get().share(shared);
        flags.flush();
        return new FlagResult.Done(view(flag.get()));
    }

    /** The flags not closed, for an overview the caller's service has already authorised. */
    List<FlagView> activeFlags(long applicantId, boolean forApplicant) {
        return views(flags.findByApplicantIdAndStatusNot(applicantId, FlagStatus.CLOSED), forApplicant);
    }

    private static List<FlagView> views(List<FlagEntity> entities, boolean forApplicant) {
        List<FlagView> all = entities.stream()
                .sorted(java.util.Comparator.comparing(FlagEntity::getOpenedOn).thenComparing(FlagEntity::getId))
                .map(FlagService::view).toList();
        return forApplicant ? ApplicantProjection.flags(all, java.util.Locale.ENGLISH) : all;
    }

    static FlagView view(FlagEntity f) {
        return new FlagView(f.getId(), f.getRule(), f.getCategory(), f.getSeverity(), f.getPattern(), f.getMessage(),
                f.evidenceList(), f.getStatus(), f.getOpenedOn(), f.getClosedOn(),
                f.getAddressedNote(), f.getAddressedBy(), f.getAddressedAt(), f.getRuleSetVersion(), f.isShared());
    }
}

package org.matchwise.dashboard;

import java.time.Instant;
import java.util.List;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.persistence.CaseloadScope;
import org.matchwise.dashboard.persistence.UnverifiedEntries;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's "Awaiting verification" list: entries applicants entered that no advisor has verified yet,
 * within the same scope as the dashboard's figures (the caller's school, one match year, optionally a specialty
 * and an advisor's caseload). Verifying goes through {@code ApplicantService.verify}, which checks the record
 * against the caller again, once this class has checked that the listed entry is still the one at its place.
 */
@Service
@Transactional(readOnly = true)
public class VerificationQueue {

    /** At most this many entries are listed; the total counts all. */
    static final int LIMIT = 50;

    /**
     * One entry to verify.
     *
     * @param reference how the record names it, e.g. {@code exams[3]} (what {@code ApplicantService.verify} takes)
     * @param value     the entry as the applicant entered it: a core record such as {@code ExamAttempt}
     * @param enteredAt when the applicant last entered or changed it (null if unknown)
     */
    public record AwaitingEntry(long applicantId, String applicantName, String reference, Object value,
            Instant enteredAt) {
    }

    /** The listed entries (newest first, at most {@link #LIMIT}) and how many there are in all. */
    public record Awaiting(List<AwaitingEntry> entries, long total) {
    }

    private final CurrentUser currentUser;
    private final UnverifiedEntries unverified;
    private final ApplicantService applicants;

    VerificationQueue(CurrentUser currentUser, UnverifiedEntries unverified, ApplicantService applicants) {
        this.currentUser = currentUser;
        this.unverified = unverified;
        this.applicants = applicants;
    }

    /** The unverified entries of the applicants {@code query} covers, in the caller's school only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    public Awaiting awaiting(DashboardQuery query) {
        MatchwiseUser user = currentUser.require();
        var found = unverified.of(new CaseloadScope(user.schoolId(), query.matchYear(), query.specialty(),
                query.advisorId()), LIMIT);
        return new Awaiting(found.entries().stream().map(e -> new AwaitingEntry(e.applicantId(),
                e.givenName() + " " + e.familyName(), e.reference(), e.value(), e.enteredAt())).toList(), found.total());
    }

    /**
     * Verifies a listed entry through {@link ApplicantService#verify} (which checks role, school and record again),
     * provided it is still unverified and unchanged at its place; otherwise changes nothing and says so.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR')")
    @Transactional
    public SaveResult verify(AwaitingEntry entry) {
        MatchwiseUser user = currentUser.require();
        var ref = java.util.regex.Pattern.compile("([A-Za-z]+)\\[(\\d{1,6})]").matcher(entry.reference());
        if (!ref.matches() || !unverified.stillUnverified(user.schoolId(), entry.applicantId(), ref.group(1),
                Integer.parseInt(ref.group(2)), entry.value())) {
            return new SaveResult.Rejected("entry_changed", "The entry changed or was verified meanwhile.");
        }
        return applicants.verify(entry.applicantId(), entry.reference());
    }
}

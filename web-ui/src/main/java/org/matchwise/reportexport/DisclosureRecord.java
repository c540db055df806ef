package org.matchwise.reportexport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.matchwise.account.Role;
import org.matchwise.applicant.ApplicantNotFoundException;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.reports.Variant;
import org.matchwise.reportexport.persistence.DisclosureEntity;
import org.matchwise.reportexport.persistence.DisclosureRepository;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of disclosures of an applicant's reports as the applicant may read it (34 CFR 99.32(c)): when, which
 * report, to whom and why; never which office user released it. Office staff read the full record through
 * {@link ReportService#disclosures}. Every read is written to the access log.
 */
@Service
@Transactional
public class DisclosureRecord {

    /** One release of the applicant's report outside the office, in the shape the applicant reads. */
    public record ApplicantDisclosure(Instant disclosedAt, ReportKind report, Variant variant, String recipient,
            String purpose) {
    }

    private final DisclosureRepository disclosures;
    private final ApplicantRepository applicants;
    private final ReportService reports;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;

    DisclosureRecord(DisclosureRepository disclosures, ApplicantRepository applicants, ReportService reports,
            AccessLog accessLog, CurrentUser currentUser) {
        this.disclosures = disclosures;
        this.applicants = applicants;
        this.reports = reports;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
    }

    /** The signed-in applicant's record of disclosures, oldest first; empty when no record is linked. */
    @PreAuthorize("hasRole('APPLICANT')")
    public List<ApplicantDisclosure> mine() {
        MatchwiseUser user = currentUser.require();
        return applicants.findByUserId(user.id()).filter(a -> a.getSchoolId().equals(user.schoolId()))
                .map(a -> read(user, a.getId())).orElse(List.of());
    }

    /**
     * The record of disclosures of applicant {@code applicantId} for the caller: office staff get every detail
     * ({@link DisclosureView}), the applicant their own record only in the applicant's shape; anyone else "not found".
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ADVISOR', 'APPLICANT')")
    public List<?> forCaller(long applicantId) {
        MatchwiseUser user = currentUser.require();
        if (!user.is(Role.APPLICANT)) {
            return reports.disclosures(applicantId);
        }
        Optional<Long> own = applicants.findByUserId(user.id()).filter(a -> a.getSchoolId().equals(user.schoolId()))
                .map(a -> a.getId()).filter(id -> id == applicantId);
        if (own.isEmpty()) {
            throw new ApplicantNotFoundException(applicantId);
        }
        return read(user, applicantId);
    }

    private List<ApplicantDisclosure> read(MatchwiseUser user, long applicantId) {
        accessLog.record(applicantId, AccessAction.VIEW_DISCLOSURES);
        return disclosures.findBySchoolIdAndApplicantIdOrderByDisclosedAtAscIdAsc(user.schoolId(), applicantId).stream()
                .map(DisclosureRecord::view).toList();
    }

    private static ApplicantDisclosure view(DisclosureEntity e) {
        return new ApplicantDisclosure(e.getDisclosedAt(), ReportKind.valueOf(e.getReport()), Variant.valueOf(e.getVariant()),
                e.getRecipient(), e.getPurpose());
    }
}

package org.matchwise.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.matchwise.audit.persistence.AccessLogEntity;
import org.matchwise.audit.persistence.AccessLogRepository;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log (FERPA): every view or export of an applicant record. Services record an access after their
 * own tenant check, in the same transaction; admins read the log of their school.
 */
@Service
public class AccessLog {

    /** One access as an admin sees it. */
    public record Entry(long userId, long applicantId, String action, Instant at) {
    }

    private final AccessLogRepository log;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccessLog(AccessLogRepository log, CurrentUser currentUser, Clock clock) {
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records that the caller accessed an applicant the caller's service has already checked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(long applicantId, AccessAction action) {
        MatchwiseUser user = currentUser.require();
        log.save(new AccessLogEntity(user.schoolId(), user.id(), applicantId, action.name(), clock.instant()));
    }

    /** Who accessed an applicant of the admin's school, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Entry> ofApplicant(long applicantId) {
        MatchwiseUser admin = currentUser.require();
        return log.findBySchoolIdAndApplicantIdOrderByAccessedAtAscIdAsc(admin.schoolId(), applicantId).stream()
                .map(e -> new Entry(e.getUserId(), e.getApplicantId(), e.getAction(), e.getAccessedAt()))
                .toList();
    }
}

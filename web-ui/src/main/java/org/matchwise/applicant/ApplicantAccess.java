package org.matchwise.applicant;

import java.util.Optional;
import org.matchwise.account.Role;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantRecordReader;
import org.matchwise.applicant.persistence.ApplicantRecordReader.StoredRecord;
import org.matchwise.applicant.persistence.ApplicantRepository;
import org.matchwise.audit.AccessAction;
import org.matchwise.audit.AccessLog;
import org.matchwise.audit.ReadLogging;
import org.matchwise.audit.persistence.ReadLogRow;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.stereotype.Component;

/**
 * Loads an applicant for the caller: by id AND the caller's school; an applicant-role caller only their own
 * linked record. Anything else is "not found", whether or not the id exists elsewhere.
 */
@Component
class ApplicantAccess {

    private final CurrentUser currentUser;
    private final ApplicantRepository applicants;
    private final ApplicantRecordReader records;
    private final ReadLogging readLogging;
    private final AccessLog accessLog;

    ApplicantAccess(CurrentUser currentUser, ApplicantRepository applicants, ApplicantRecordReader records,
            ReadLogging readLogging, AccessLog accessLog) {
        this.currentUser = currentUser;
        this.applicants = applicants;
        this.records = records;
        this.readLogging = readLogging;
        this.accessLog = accessLog;
    }

    MatchwiseUser caller() {
        return currentUser.require();
    }

    ApplicantEntity read(long id) {
        MatchwiseUser user = caller();
        return applicants.findByIdAndSchoolId(id, user.schoolId()).filter(a -> mayReach(user, a))
                .orElseThrow(() -> new ApplicantNotFoundException(id));
    }

    /**
     * The record to read (not to change), with the same check as {@link #read}: one statement for the row and every
     * list, the tenant condition inside it, no entity loaded.
     */
    StoredRecord readRecord(long id) {
        MatchwiseUser user = caller();
        return reachable(id, user, records.find(id, user.schoolId()));
    }

    /**
     * {@link #readRecord} and its access-log row {@code action}: written by the reading statement itself where the
     * database can ({@link ReadLogging}), else by {@link AccessLog#record} right after the read.
     */
    StoredRecord readRecordLogged(long id, AccessAction action) {
        Optional<ReadLogRow> row = readLogging.row(action);
        if (row.isEmpty()) {
            StoredRecord stored = readRecord(id);
            accessLog.record(id, action);
            return stored;
        }
        MatchwiseUser user = caller();
        return reachable(id, user, records.findAndLog(id, user.schoolId(), row.get()));
    }

    private static StoredRecord reachable(long id, MatchwiseUser user, Optional<StoredRecord> found) {
        return found.filter(r -> mayReach(user, r.schoolId(), r.userId()))
                .orElseThrow(() -> new ApplicantNotFoundException(id));
    }

    /** Loads to change: locks the row and raises its version (see ApplicantRepository#findForChange). */
    ApplicantEntity change(long id) {
        MatchwiseUser user = caller();
        // check reachability before taking the lock, so a foreign id never locks or bumps anything
        read(id);
        return applicants.findForChange(id, user.schoolId()).orElseThrow(() -> new ApplicantNotFoundException(id));
    }

    static boolean mayReach(MatchwiseUser user, ApplicantEntity a) {
        return mayReach(user, a.getSchoolId(), a.getUserId());
    }

    private static boolean mayReach(MatchwiseUser user, long schoolId, Long linkedUserId) {
        if (schoolId != user.schoolId()) {
            return false;
        }
        return !user.is(Role.APPLICANT) || (linkedUserId != null && linkedUserId == user.id());
    }
}

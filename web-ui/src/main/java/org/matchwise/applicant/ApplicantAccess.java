package org.matchwise.applicant;

import org.matchwise.account.Role;
import org.matchwise.applicant.persistence.ApplicantEntity;
import org.matchwise.applicant.persistence.ApplicantRecordReader;
import org.matchwise.applicant.persistence.ApplicantRecordReader.StoredRecord;
import org.matchwise.applicant.persistence.ApplicantRepository;
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

    ApplicantAccess(CurrentUser currentUser, ApplicantRepository applicants, ApplicantRecordReader records) {
        this.currentUser = currentUser;
        this.applicants = applicants;
        this.records = records;
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
     * list, the tenant condition in its WHERE clause, no entity loaded.
     */
    StoredRecord readRecord(long id) {
        MatchwiseUser user = caller();
        return records.find(id, user.schoolId()).filter(r -> mayReach(user, r.schoolId(), r.userId()))
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

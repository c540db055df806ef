package org.matchwise.applicant;

import org.matchwise.account.Role;
import org.matchwise.applicant.persistence.ApplicantEntity;
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

    ApplicantAccess(CurrentUser currentUser, ApplicantRepository applicants) {
        this.currentUser = currentUser;
        this.applicants = applicants;
    }

    MatchwiseUser caller() {
        return currentUser.require();
    }

    ApplicantEntity read(long id) {
        MatchwiseUser user = caller();
        return applicants.findByIdAndSchoolId(id, user.schoolId()).filter(a -> mayReach(user, a))
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
        if (!a.getSchoolId().equals(user.schoolId())) {
            return false;
        }
        return !user.is(Role.APPLICANT) || (a.getUserId() != null && a.getUserId() == user.id());
    }
}

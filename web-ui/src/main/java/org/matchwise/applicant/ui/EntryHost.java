package org.matchwise.applicant.ui;

import com.vaadin.flow.component.Component;
import org.matchwise.applicant.ApplicantProfile;
import org.matchwise.applicant.ApplicantViews.ApplicantRecord;
import org.matchwise.applicant.EntryRequestKind;

/**
 * The screen an {@link EntryEditor} sits on (the advisor's case view, the applicant's "My progress"): it holds the
 * record as last read, stores an edited profile against that version (and reads it again), words entries, and
 * carries out what only one role does (verifying; asking for a correction).
 */
public interface EntryHost {

    /** The record as last read. */
    ApplicantRecord record();

    /** Stores {@code edited} against the version of {@link #record()}; true when saved (the host then reads it again). */
    boolean save(ApplicantProfile edited, String doneMessage);

    /** An entry reference ("exams[2]") in words, e.g. "USMLE Step 2 CK, attempt 1, 1 Sep 2020, passed". */
    String words(String reference);

    /** A short message to the user. */
    void notify(String message);

    /** ADVISOR: the control that verifies an entry the applicant made (shown beside it while unverified). */
    default Component verifyControl(String reference) {
        throw new UnsupportedOperationException("only the advisor's screen verifies entries");
    }

    /**
     * APPLICANT: asks the advisor to change ({@code proposed}, the entry as it should be) or remove an entry the
     * applicant may not change themself; null when the request was sent, else why not (in words).
     */
    default String requestCorrection(String reference, EntryRequestKind kind, String reason, Object proposed) {
        throw new UnsupportedOperationException("only the applicant's screen asks for corrections");
    }
}

package org.matchwise.applicant;

import java.time.Instant;
import java.util.List;

/** The immutable view models of {@link CorrectionService}: correction requests and removal notices. */
public final class CorrectionViews {

    private CorrectionViews() {
    }

    /**
     * One correction request (CHANGE, REMOVE) or removal notice (REMOVED) of an applicant.
     *
     * @param item         how the record named the entry when it was asked about, e.g. {@code exams[0]} (entries
     *                     move when others are removed; the entry is found again by its value)
     * @param entry        the entry as it stood, in words
     * @param proposed     CHANGE: the entry as the applicant wants it, in words; else null
     * @param words        the whole item in words, as the verification queue shows it: "Dana Reyes asks to remove:
     *                     USMLE Step 1, attempt 1, 10 Jun 2019, failed"
     * @param decidedBy    the advisor who answered; null for the applicant (who sees the answer and its note, not
     *                     who gave it) and while open
     * @param decisionNote the advisor's note on a decline, which the applicant sees; may be null
     */
    public record CorrectionView(long id, long applicantId, String applicantName, org.matchwise.applicant.EntryRequestKind kind,
            String item, String entry, String proposed, String reason, EntryRequestStatus status, Instant requestedAt,
            Instant decidedAt, String decidedBy, String decisionNote, String words, long version) {
    }

    /** A page of requests, newest first, and how many there are in all. */
    public record CorrectionPage(List<CorrectionView> items, int page, int size, long total) {
    }

    /** The outcome of asking for, answering or withdrawing a request. */
    public sealed interface CorrectionResult {

        /** Done; {@code request} is the request as it stands now. */
        record Done(CorrectionView request) implements CorrectionResult {
        }

        /** Refused for a business reason (a stable code, and a sentence for people); nothing was changed. */
        record Refused(String code, String message) implements CorrectionResult {
        }
    }
}

package org.matchwise.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.dashboard.DashboardViews.Headline;
import org.matchwise.dashboard.VerificationQueue.AwaitingEntry;

/** The immutable view models of the worklist. */
public final class WorklistViews {

    private WorklistViews() {
    }

    /** Why an item is on the list; the order is the tie-break among items of the same date (most pressing first). */
    public enum WorkKind {
        ACTION_OVERDUE, LETTER_OVERDUE, STEP2_FAILED, STEP2_NOT_SCHEDULED, STEP2_LATE, NEW_HIGH_FLAG, DEADLINE,
        ACTION_DUE, VERIFY, DRAFT_TO_REVIEW
    }

    /** A date of the season's calendar that a worklist can show. */
    public enum Deadline { ERAS_OPENS, PROGRAMS_OPEN, RANK_ORDER_DEADLINE, MATCH_WEEK }

    /**
     * One thing to do.
     *
     * @param key           names the item for done and snooze marks (stable while the item means the same)
     * @param applicantId   whose it is (null for a calendar deadline, which concerns the whole caseload)
     * @param date          the date that makes it urgent: due date, deadline, when it arrived; the list is sorted by it
     * @param subject       what the reason names, in the applicant's or office's words (an action's title, a
     *                      letter's writer); null when the kind says it all
     * @param detail        a coded value the view words: a flag category, a Step 2 CK status, a deadline
     * @param verification  the verification queue's entry, for {@link WorkKind#VERIFY} (verified in one click)
     */
    public record WorkItem(String key, WorkKind kind, Long applicantId, String applicantName, LocalDate date,
            String subject, Enum<?> detail, AwaitingEntry verification) {
    }

    /**
     * The worklist of one scope.
     *
     * @param items    the items shown, most urgent first (at most {@code WorklistService.LIMIT})
     * @param counts   how many items of each kind are open and not marked, counted among those read (each kind
     *                 reads at most {@code WorklistService.PER_KIND})
     * @param hidden   how many items the caller marked done or snoozed are left out
     * @param headline the dashboard's headline figures for the same scope
     */
    public record Worklist(DashboardQuery query, LocalDate today, List<WorkItem> items, Map<WorkKind, Integer> counts,
            int hidden, Headline headline) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}

package org.matchwise.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchwise.AsUser;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.SaveResult;
import org.matchwise.dashboard.Caseload;
import org.matchwise.dashboard.DashboardViews.DashboardQuery;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.worklist.WorklistViews.WorkItem;
import org.matchwise.worklist.WorklistViews.WorkKind;
import org.matchwise.worklist.WorklistViews.Worklist;
import org.matchwise.worklist.persistence.WorklistMarks.Mark;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The advisor's worklist: what is on it, in which order, for whom, and how items leave it. */
@MatchwiseTest
class WorklistServiceTest {

    /** A match year of this test's own, so other tests' applicants never mix in. */
    static final int YEAR = 2033;
    /** The caseload per application context (the PostgreSQL subclass runs in its own). */
    static final java.util.Map<Object, Caseload> CASELOADS = new java.util.concurrent.ConcurrentHashMap<>();
    static Caseload caseload;

    @Autowired WorklistService worklists;
    @Autowired UserDetailsService accounts;
    @Autowired UserRepository users;

    @BeforeAll
    static void store(@Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired UserDetailsService accounts) {
        caseload = CASELOADS.computeIfAbsent(applicants, a -> AsUser.call(accounts, "advisor@demo.example",
                () -> Caseload.store(applicants, plans, YEAR, "advisor@demo.example", LocalDate.now())));
    }

    private long advisorId() {
        return users.findByEmail("advisor@demo.example").orElseThrow().getId();
    }

    private Worklist mine() {
        return AsUser.call(accounts, "advisor@demo.example",
                () -> worklists.worklist(new DashboardQuery(YEAR, null, advisorId())));
    }

    private Worklist school(String email) {
        return AsUser.call(accounts, email, () -> worklists.worklist(new DashboardQuery(YEAR, null, null)));
    }

    private static List<WorkItem> of(Worklist w, WorkKind kind) {
        return w.items().stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void the_worklist_lists_overdue_and_due_soon_actions_late_letters_and_step2_risks_each_naming_the_applicant() {
        Worklist w = mine();
        assertThat(of(w, WorkKind.ACTION_OVERDUE)).extracting(WorkItem::applicantName, WorkItem::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dee Failsworth", "Complete the formal remediation"));
        assertThat(of(w, WorkKind.ACTION_DUE)).extracting(WorkItem::subject)
                .containsExactly("Root-cause analysis of the Step 2 CK failure");
        assertThat(of(w, WorkKind.LETTER_OVERDUE)).extracting(WorkItem::applicantName, WorkItem::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ben Ontrack", "C. Internist"));
        assertThat(of(w, WorkKind.STEP2_LATE)).extracting(WorkItem::applicantName).containsExactly("Cy Latimer");
        assertThat(w.items()).extracting(WorkItem::kind).contains(WorkKind.STEP2_FAILED, WorkKind.STEP2_NOT_SCHEDULED);
        // an action due in 60 days and a done one are not on it
        assertThat(w.items()).extracting(WorkItem::subject).doesNotContain("Ask for a third letter", "Send CV to writers");
    }

    @Test
    void the_most_urgent_come_first_by_date_and_overdue_ones_lead() {
        Worklist w = mine();
        assertThat(w.items()).isSortedAccordingTo(Comparator.comparing(WorkItem::date));
        assertThat(w.items().getFirst().kind()).isEqualTo(WorkKind.LETTER_OVERDUE); // due ten days ago
        assertThat(w.items().get(1).kind()).isEqualTo(WorkKind.ACTION_OVERDUE); // due three days ago
    }

    @Test
    void new_high_flags_are_listed_until_the_advisor_marks_them_seen_and_the_headline_counts_the_scope() {
        Worklist before = school("admin@demo.example");
        assertThat(of(before, WorkKind.NEW_HIGH_FLAG)).isNotEmpty();
        assertThat(before.headline().applicants()).isEqualTo(caseload.applicants.size());
        assertThat(before.headline().withOpenHighFlag()).isPositive();

        AsUser.call(accounts, "admin@demo.example", () -> {
            worklists.flagsSeen();
            return null;
        });
        assertThat(of(school("admin@demo.example"), WorkKind.NEW_HIGH_FLAG)).isEmpty();
        assertThat(of(mine(), WorkKind.NEW_HIGH_FLAG)).as("the advisor has not looked yet").isNotEmpty();
    }

    @Test
    void an_item_marked_done_leaves_that_advisors_list_only_and_undo_brings_it_back() {
        WorkItem letter = of(mine(), WorkKind.LETTER_OVERDUE).getFirst();
        AsUser.call(accounts, "advisor@demo.example", () -> {
            worklists.done(letter.key());
            return null;
        });
        Worklist after = mine();
        assertThat(after.items()).extracting(WorkItem::key).doesNotContain(letter.key());
        assertThat(after.hidden()).isPositive();
        assertThat(school("admin@demo.example").items()).extracting(WorkItem::key).contains(letter.key());

        AsUser.call(accounts, "advisor@demo.example", () -> {
            worklists.undo(letter.key());
            return null;
        });
        assertThat(mine().items()).extracting(WorkItem::key).contains(letter.key());
    }

    @Test
    void a_snoozed_item_leaves_the_list_until_its_day_and_a_snooze_must_end_after_today() {
        WorkItem step2 = of(mine(), WorkKind.STEP2_LATE).getFirst();
        SaveResult today = AsUser.call(accounts, "advisor@demo.example",
                () -> worklists.snooze(step2.key(), LocalDate.now()));
        assertThat(today).isInstanceOf(SaveResult.Rejected.class);
        SaveResult later = AsUser.call(accounts, "advisor@demo.example",
                () -> worklists.snooze(step2.key(), LocalDate.now().plusDays(2)));
        assertThat(later).isInstanceOf(SaveResult.Saved.class);
        assertThat(mine().items()).extracting(WorkItem::key).doesNotContain(step2.key());

        Mark mark = new Mark(step2.key(), false, LocalDate.now().plusDays(2));
        assertThat(mark.hides(LocalDate.now().plusDays(1))).isTrue();
        assertThat(mark.hides(LocalDate.now().plusDays(2))).as("back on its day").isFalse();
        AsUser.call(accounts, "advisor@demo.example", () -> {
            worklists.undo(step2.key());
            return null;
        });
    }

    @Test
    void the_whole_school_includes_applicants_outside_the_advisors_caseload() {
        long mineApplicants = mine().headline().applicants();
        long all = AsUser.call(accounts, "advisor@demo.example",
                () -> worklists.worklist(new DashboardQuery(YEAR, null, null))).headline().applicants();
        assertThat(all).isEqualTo(mineApplicants + 1); // Gus is assigned to nobody
    }

    @Test
    void an_applicant_may_not_read_a_worklist_nor_mark_items() {
        assertThatThrownBy(() -> AsUser.call(accounts, "applicant@demo.example",
                () -> worklists.worklist(new DashboardQuery(YEAR, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(accounts, "applicant@demo.example", () -> {
            worklists.done("flag:1");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }
}

package org.matchwise.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.casefile.CaseFileService;
import org.matchwise.home.HomeViews.ApplicantHome;
import org.matchwise.home.HomeViews.NextStep;
import org.matchwise.home.HomeViews.SeasonDateKind;
import org.matchwise.home.HomeViews.StepKind;
import org.matchwise.note.NoteVisibility;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The applicant's home: their own verdict, next three things to do, shared notes only, and the season's dates. */
@MatchwiseTest
public class ApplicantHomeTest {

    public static final String HOMER = "homer.home@applicants.example";
    static PortalFixture fixture;
    static PortalFixture.Applicant homer;

    /**
     * An applicant with an account, a plan and two notes (one shared, one private), made once per email (a test
     * class uses an email of its own, so its notes are never added twice).
     */
    public static PortalFixture.Applicant withNotes(PortalFixture fixture, String email, String given,
            CaseFileService cases) {
        PortalFixture.Applicant a = fixture.applicant(email, given, "Home");
        fixture.as("advisor@demo.example", () -> cases.addNote(a.recordId(), NoteVisibility.SHARED,
                "Book the mock interview with the office this month."));
        fixture.as("advisor@demo.example", () -> cases.addNote(a.recordId(), NoteVisibility.PRIVATE,
                "Private: discuss the leave with the dean."));
        return a;
    }

    @Autowired HomeService homes;

    @BeforeAll
    static void applicant(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock, @Autowired CaseFileService cases) {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
        homer = withNotes(fixture, HOMER, "Homer", cases);
    }

    private ApplicantHome home() {
        return fixture.as(HOMER, () -> homes.myHome().orElseThrow());
    }

    @Test
    void the_home_gives_the_verdict_and_at_most_three_next_steps_most_urgent_first() {
        ApplicantHome h = home();
        assertThat(h.givenName()).isEqualTo("Homer");
        assertThat(h.matchYear()).isEqualTo(2027);
        assertThat(h.verdict()).isNotNull();
        assertThat(h.next()).hasSizeLessThanOrEqualTo(HomeService.NEXT_STEPS);
        assertThat(h.next()).extracting(NextStep::kind).contains(StepKind.ACTION);
        assertThat(h.next().getFirst().due()).isNotNull();
        assertThat(h.next()).extracting(NextStep::due).isSortedAccordingTo(
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
    }

    @Test
    void an_explanation_to_write_is_a_step_for_a_flag_programs_ask_about_and_the_home_counts_the_rest() {
        var steps = fixture.as(HOMER, () -> homes.mySteps());
        // the example record failed Step 1 once: programs will ask, so the explanation is to be written
        assertThat(steps).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.EXPLANATION_WRITE);
            assertThat(s.detail()).isEqualTo(org.matchwise.flags.FlagCategory.EXAM_FAILURE);
        });
        ApplicantHome h = home();
        assertThat(h.next().size() + h.moreSteps()).isEqualTo(steps.size());
        assertThat(h.next()).isEqualTo(steps.subList(0, h.next().size()));
    }

    @Test
    void only_notes_the_advisor_shared_reach_the_applicant() {
        ApplicantHome h = home();
        assertThat(h.notes()).extracting(n -> n.text()).containsExactly("Book the mock interview with the office this month.");
        assertThat(h.notes().getFirst().author()).isNotBlank();
    }

    @Test
    void the_seasons_dates_come_from_the_rule_sets_calendar() {
        ApplicantHome h = home();
        assertThat(h.dates()).extracting(d -> d.kind()).contains(SeasonDateKind.PROGRAMS_OPEN,
                SeasonDateKind.RANK_ORDER_DEADLINE, SeasonDateKind.MATCH_DAY, SeasonDateKind.STEP2_LATEST_TEST);
        assertThat(h.dates()).filteredOn(d -> d.kind() == SeasonDateKind.MATCH_WEEK).singleElement()
                .extracting(d -> d.date()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void an_advisor_has_no_applicant_home() {
        assertThatThrownBy(() -> fixture.as("advisor@demo.example", () -> homes.myHome()))
                .isInstanceOf(AccessDeniedException.class);
    }
}

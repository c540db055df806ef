package org.matchwise.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.matchwise.MatchwiseMailTest;
import org.matchwise.applicant.ApplicantService;
import org.matchwise.applicant.Exam;
import org.matchwise.applicant.ExamAttempt;
import org.matchwise.applicant.SaveResult;
import org.matchwise.plan.persistence.RemediationPlanRepository;
import org.matchwise.portal.PortalFixture;
import org.matchwise.reminders.ReminderViews.MailKind;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Reminders, digests, one-click unsubscribe and calendar feeds, with GreenMail as the SMTP server. The properties
 * are InvitationServiceTest's, so both share one application context.
 */
@MatchwiseMailTest
class RemindersMailTest {

    static final int SMTP_PORT = MatchwiseMailTest.SMTP_PORT;
    /** A Thursday ahead of the fixture's actions (due 15 and 20 December 2026). */
    static final LocalDate RUN_DAY = LocalDate.of(2026, 12, 10);
    static final Pattern UNSUBSCRIBE = Pattern.compile("http://matchwise\\.test(/notifications/unsubscribe\\?u=\\d+&k=[A-Z]+&s=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static PortalFixture fixture;

    @Autowired ReminderJob job;
    @Autowired ApplicantService applicants;
    @Autowired ReminderPreferences preferences;
    @Autowired WebApplicationContext context;

    @BeforeAll
    static void setUp(@Autowired AccountSetup accounts, @Autowired UserDetailsService users,
            @Autowired ApplicantService applicants, @Autowired RemediationPlanRepository plans,
            @Autowired TransactionTemplate tx, @Autowired Clock clock) {
        fixture = new PortalFixture(accounts, users, applicants, plans, tx, clock);
    }

    /** An applicant with an account, two plan actions due in December 2026, and reminders 30 days ahead. */
    private PortalFixture.Applicant applicant(String email, String given) {
        PortalFixture.Applicant a = fixture.applicant(email, given, "Reminded");
        assertThat(fixture.as(email, () -> preferences.save(true, true, 30))).isInstanceOf(SaveResult.Saved.class);
        return a;
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static List<MimeMessage> mailsTo(String email) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<MimeMessage> awaitMailsTo(String email, int count) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (mailsTo(email).size() < count && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(mailsTo(email)).as("mails to " + email).hasSize(count);
        return mailsTo(email);
    }

    /** Waits long enough for a mail that should not come to have arrived, then counts. */
    private static int settledCount(String email) throws Exception {
        Thread.sleep(1500);
        return mailsTo(email).size();
    }

    private static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }

    @Test
    void an_applicant_is_reminded_once_of_what_is_due_in_counts_without_any_detail_of_the_record() throws Exception {
        String email = "rita.reminded@applicants.example";
        applicant(email, "Rita");

        job.run(RUN_DAY);

        MimeMessage m = awaitMailsTo(email, 1).getFirst();
        String body = body(m);
        assertThat(m.getSubject()).startsWith("Matchwise: ").endsWith(" due soon");
        assertThat(body).contains("Hello Rita Reminded", "2 plan actions", "http://matchwise.test/my/home");
        assertThat(body).as("no titles, flags or record details").doesNotContain("NBME", "letter writers", "exam",
                "failure", "Step 1");
        assertThat(UNSUBSCRIBE.matcher(body).find()).isTrue();

        job.run(RUN_DAY);
        job.run(RUN_DAY.plusDays(1));
        assertThat(settledCount(email)).as("never twice for the same item and due date").isEqualTo(1);
    }

    @Test
    void two_runs_at_the_same_time_as_on_two_nodes_send_one_reminder() throws Exception {
        String email = "sam.sametime@applicants.example";
        applicant(email, "Sam");
        CyclicBarrier start = new CyclicBarrier(2);
        Runnable run = () -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            job.run(RUN_DAY);
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(run), CompletableFuture.runAsync(run)).join();

        awaitMailsTo(email, 1);
        assertThat(settledCount(email)).isEqualTo(1);
    }

    @Test
    void advisors_get_one_weekly_digest_of_their_worklist_in_counts_with_no_applicant_named() throws Exception {
        // something on the advisor's worklist: an entry their applicant made, awaiting verification
        String email = "dora.digest@applicants.example";
        PortalFixture.Applicant dora = applicant(email, "Dora");
        SaveResult saved = fixture.as(email, () -> {
            var mine = applicants.get(dora.recordId());
            return applicants.replace(dora.recordId(), mine.profile().toBuilder()
                    // Step 3: the fixture's applicant has passed Step 2 CK, which cannot be retaken
                    .exam(ExamAttempt.scheduled(Exam.USMLE_STEP3, LocalDate.of(2027, 1, 20))).build(), mine.version());
        });
        assertThat(saved).as("the applicant's new entry is saved").isInstanceOf(SaveResult.Saved.class);
        LocalDate monday = LocalDate.of(2026, 12, 14);
        ReminderJob.Sent sent = job.run(monday);
        assertThat(sent.digests()).as("digests sent").isPositive();

        MimeMessage digest = awaitMailsTo("advisor@demo.example", 1).getLast();
        assertThat(digest.getSubject()).startsWith("Your Matchwise worklist this week: ").endsWith(" to do");
        String body = body(digest);
        assertThat(body).contains("Hello Alex Advisor", "http://matchwise.test/worklist", "k=DIGEST");
        assertThat(body).contains("entries awaiting verification");
        // a count line names its kind of work, and three kinds' names mention Step 2 CK (such as "5 applicants whose
        // Step 2 CK score comes after programs' opening day"): they are there when classes before this one in the JVM
        // left such applicants on the demo advisor's caseload (this context is shared, and which classes ran before
        // depends on the order). No record's details, outside those names:
        String outsideKindNames = body.replaceAll("(?m)^- \\d+ applicants (with|whose) Step 2 CK [^\\r\\n]*$", "");
        assertThat(outsideKindNames).as("counts only").doesNotContain("Dora", "Dana", "Reyes", "Step 2", "Step 3",
                "professionalism");
        int before = mailsTo("advisor@demo.example").size();

        job.run(monday.plusDays(2));
        assertThat(settledCount("advisor@demo.example")).as("once per week").isEqualTo(before);
        job.run(monday.plusDays(7));
        awaitMailsTo("advisor@demo.example", before + 1);
    }

    @Test
    void the_unsubscribe_link_works_signed_out_in_one_click_and_a_tampered_one_changes_nothing() throws Exception {
        String email = "una.unsubscribe@applicants.example";
        applicant(email, "Una");
        job.run(RUN_DAY);
        Matcher link = UNSUBSCRIBE.matcher(body(awaitMailsTo(email, 1).getFirst()));
        assertThat(link.find()).isTrue();
        String path = link.group(1);

        // the signature's first character changed (to X, or to Y when it was X: 1 link in 64 begins with X)
        int at = path.indexOf("&s=") + 3;
        String tampered = path.substring(0, at) + (path.charAt(at) == 'X' ? 'Y' : 'X') + path.substring(at + 1);
        mvc().perform(get(tampered)).andExpect(status().isBadRequest());
        assertThat(fixture.as(email, () -> preferences.mine()).reminders()).isTrue();

        mvc().perform(get(path)).andExpect(status().isOk());
        assertThat(fixture.as(email, () -> preferences.mine()).reminders()).isFalse();
        assertThat(fixture.as(email, () -> preferences.mine()).weeklyDigest()).as("only that kind").isTrue();
    }

    @Test
    void a_link_signed_for_one_user_does_not_unsubscribe_another() {
        long una = fixture.as("advisor@demo.example", () -> 0L);
        assertThat(preferences.unsubscribe(una + 999_999, MailKind.DIGEST, "not-a-signature")).isFalse();
    }

    @Test
    void the_calendar_feed_is_rfc5545_with_the_seasons_dates_and_the_applicants_due_items_and_can_be_revoked() throws Exception {
        String email = "cal.feed@applicants.example";
        applicant(email, "Cal");
        String url = fixture.as(email, () -> preferences.newCalendarUrl());
        assertThat(url).startsWith("http://matchwise.test/calendar/").endsWith(".ics");
        String path = url.substring("http://matchwise.test".length());

        String ics = mvc().perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = cal.getComponents("VEVENT");
        List<String> summaries = events.stream().map(e -> e.getSummary().getValue()).toList();
        assertThat(summaries).contains("Match Day", "Rank order list deadline", "Programs' opening day", "Plan action due");
        assertThat(ics).doesNotContain("NBME").contains("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:");
        assertThat(events).allSatisfy(e -> assertThat(e.getUid()).isPresent());

        String again = fixture.as(email, () -> preferences.newCalendarUrl());
        mvc().perform(get(path)).andExpect(status().isNotFound());
        String newPath = again.substring("http://matchwise.test".length());
        mvc().perform(get(newPath)).andExpect(status().isOk());
        fixture.as(email, () -> {
            preferences.revokeCalendar();
            return null;
        });
        mvc().perform(get(newPath)).andExpect(status().isNotFound());
    }

    @Test
    void settings_belong_to_a_signed_in_user() {
        assertThatThrownBy(() -> preferences.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(fixture.as("advisor@demo.example", () -> preferences.save(true, true, 0)))
                .isInstanceOf(SaveResult.Rejected.class);
        assertThat(fixture.as("advisor@demo.example", () -> preferences.mine()).staff()).isTrue();
    }
}

package org.matchwise.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.matchwise.MatchwiseMailTest;
import org.matchwise.account.Role;
import org.matchwise.security.AccountSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Account mail against an SMTP server that accepts connections and never answers: the reset request still
 * answers at once and without error (the mail is sent after commit on the account-mail thread), and the failed
 * mail is logged.
 */
@MatchwiseMailTest
@ExtendWith(OutputCaptureExtension.class)
class AccountMailFailureTest {

    static final int SMTP_PORT = MatchwiseMailTest.SMTP_PORT;
    /** Far below the 2 s the mail client waits for the silent server before it gives up. */
    static final Duration FAST = Duration.ofMillis(1000);

    private static ServerSocket silent;
    private static final List<Socket> held = new CopyOnWriteArrayList<>();

    @Autowired InvitationService invitations;
    @Autowired AccountSetup setup;

    @BeforeAll
    static void startSilentServer() throws IOException {
        silent = new ServerSocket(SMTP_PORT, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept()); // never sends the SMTP greeting
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-smtp");
        accept.setDaemon(true);
        accept.start();
    }

    @AfterAll
    static void stopSilentServer() throws IOException {
        silent.close();
        for (Socket s : held) {
            s.close();
        }
    }

    @Test
    void a_reset_request_answers_at_once_when_the_mail_server_hangs_and_the_failed_mail_is_logged(CapturedOutput output)
            throws Exception {
        String email = "hang-" + UUID.randomUUID() + "@applicants.example";
        setup.createSchoolWithAccounts("Demo School of Medicine", List.of(new AccountSetup.NewAccount(email,
                "Hanging Mail", Role.APPLICANT, "the old pass phrase")));
        invitations.requestReset("warm-up-" + UUID.randomUUID() + "@applicants.example");

        long known = timed(() -> invitations.requestReset(email));
        long unknown = timed(() -> invitations.requestReset("nobody-" + UUID.randomUUID() + "@applicants.example"));

        assertThat(Duration.ofNanos(known)).as("the request does not wait for the mail server").isLessThan(FAST);
        assertThat(Duration.ofNanos(unknown)).isLessThan(FAST);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!output.getAll().contains("Could not send the mail \"Reset your Matchwise password")
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(output.getAll()).as("the failed mail is logged")
                .contains("Could not send the mail \"Reset your Matchwise password").contains(" to " + email);
        assertThat(held).as("the mail thread did try the server").isNotEmpty();
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }
}

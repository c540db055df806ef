package org.matchwise.operations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.matchwise.reportexport.ui.ExportsView;
import org.matchwise.operations.DatabaseProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;

/** While the database does not answer, users read a plain message that retries by itself, never an error page. */
@MatchwiseTest
class OutageViewsTest extends SpringBrowserlessTest {

    static final String MESSAGE = "Matchwise cannot reach its database; retrying.";

    @Autowired DatabaseProbe probe;

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_screen_that_cannot_open_for_an_outage_shows_the_message_and_answers_503() {
        navigate(ExportsView.class);
        DatabaseUnavailableTransactionNotStarted view = new DatabaseUnavailableTransactionNotStarted(probe);
        UI.getCurrent().add(view);

        assertThat(view.setErrorParameter(null, null)).isEqualTo(503);
        assertThat($(H2.class, view).single().getText()).isEqualTo(MESSAGE);
    }

    @Test
    @WithUserDetails("advisor@demo.example")
    void a_click_that_fails_for_an_outage_shows_the_message_instead_of_an_error() {
        navigate(ExportsView.class);
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler.getClass().getName()).contains("OutageErrorHandler");

        handler.error(new ErrorEvent(new RuntimeException("wrapped",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"))));

        assertThat($(Notification.class).single().getElement().getProperty("text")).startsWith(MESSAGE);
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
    }
}

package org.matchwise.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginOverlay;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@MatchwiseTest
class AccountViewsTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void the_login_view_shows_the_same_generic_error_for_every_failure() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));

        LoginOverlay login = $(LoginOverlay.class).single();
        assertThat(login.isError()).isTrue();
        assertThat($(LoginView.class).single().i18n.getErrorMessage().getMessage())
                .contains("email or password is incorrect").contains("temporarily locked");
    }
}

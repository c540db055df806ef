package org.matchwise.security.twostep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import org.junit.jupiter.api.Test;
import org.matchwise.MatchwiseTest;
import org.springframework.security.test.context.support.WithUserDetails;

@MatchwiseTest
class TwoStepSettingsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("advisor@demo.example")
    void setting_up_shows_the_key_as_text_link_and_qr_code_without_turning_anything_on_yet() {
        TwoStepSettingsView view = navigate(TwoStepSettingsView.class);

        test(view.setUp).click();

        String key = view.secret.getText().replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");
        // an otpauth: link, which Vaadin's plain setHref refuses (it failed the whole screen before)
        assertThat(view.otpauth.getHref()).startsWith("otpauth://totp/Matchwise%3Aadvisor%40demo.example?secret=" + key);
        assertThat(view.qr.isVisible()).isTrue();
        assertThat(view.qr.getChildren()).singleElement().isInstanceOf(Svg.class);
        assertThat(view.qr.getElement().getChild(0).getProperty("innerHTML", "")).contains("<path", "role=\"img\"");
        // nothing counts until a code confirms the key
        assertThat(view.status.getText()).contains("off");
    }
}

package org.matchwise.dashboard.ui;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Puts the feature's stylesheet (META-INF/resources/dashboard.css) into the page once, as a style element. Neither
 * a route's {@code @StyleSheet} nor a link to the file reached the page in the production build (the screenshots
 * came out unstyled), so the rules travel with the first view that needs them.
 */
final class DashboardStyles {

    private static final String CSS = read();

    private DashboardStyles() {
    }

    static void ensure(UI ui) {
        ui.getPage().executeJs("if (!document.querySelector('style[data-mw-dashboard]')) {"
                + " const s = document.createElement('style'); s.setAttribute('data-mw-dashboard', '');"
                + " s.textContent = $0; document.head.appendChild(s); }", CSS);
    }

    private static String read() {
        try (InputStream in = DashboardStyles.class.getResourceAsStream("/META-INF/resources/dashboard.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.matchwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a real server at a random port (on a fresh in-memory H2, test profile), for tests over real
 * HTTP and the headless-browser tests. They share this one context. Vaadin runs in production mode, as the
 * application ships: the browser loads the build's minified frontend bundle (made before the tests, README "What
 * makes the suite fast") instead of the development bundle, which made each page load slower; and the properties
 * are {@code CspBrowserTest}'s, so that it shares this context too. Vaadin's dev-tools overlay is off (it would
 * only be there in development mode) so it never covers what a browser test clicks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MatchwiseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("test")
public @interface MatchwiseServerTest {
}

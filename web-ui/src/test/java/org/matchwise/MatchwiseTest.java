package org.matchwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context on a fresh in-memory H2 with the demo school's accounts, with {@code MockMvc} for
 * the HTTP API. Service, API and browserless view tests all use it unchanged, so they share one cached context:
 * a test that needs a different setting costs a context start of its own (README, "Test contexts"), so prefer
 * the test profile's defaults ({@code application-test.properties}) or one of the other shared annotations
 * ({@link MatchwiseMailTest}, {@link MatchwiseServerTest}). The application class is named explicitly:
 * persistence's test classes (on this module's test class path for their PostgreSQL support) hold a second
 * {@code @SpringBootConfiguration} that the automatic search would also find.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MatchwiseApplication.class)
@ActiveProfiles("test")
@AutoConfigureMockMvc
public @interface MatchwiseTest {
}

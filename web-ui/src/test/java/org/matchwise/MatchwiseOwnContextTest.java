package org.matchwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link MatchwiseTest} in a second context, for the few tests whose setting the shared one must not have: admins
 * need the second step after the password ({@code matchwise.login.admin-two-step=true}, the production default;
 * the test profile turns it off for the browser tests), and the API refuses HTTP Basic
 * ({@code matchwise.api.basic-auth=false}). Its in-memory database is written only by these classes, so
 * {@code DemoCohortLoaderTest} can change demo records that other tests link to. One context for all of them
 * (README, "Test contexts"): a setting given to one class alone would start a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MatchwiseTest
@TestPropertySource(properties = {"matchwise.login.admin-two-step=true", "matchwise.api.basic-auth=false"})
public @interface MatchwiseOwnContextTest {
}

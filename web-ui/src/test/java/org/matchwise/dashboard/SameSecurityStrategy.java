package org.matchwise.dashboard;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every application context with Vaadin's security installs its own {@code SecurityContextHolderStrategy} as
 * the JVM-wide one when it starts. When a test class's (cached) context was started before another one (say a
 * RANDOM_PORT browser test's), {@code @WithUserDetails} puts the user into this context's strategy while
 * {@code SecurityContextHolder} reads the other one, and the test runs as nobody. This puts this context's
 * strategy back before each test (after Spring's listeners, before the browserless UI is set up).
 */
public final class SameSecurityStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var beans = SpringExtension.getApplicationContext(context).getBeanProvider(SecurityContextHolderStrategy.class);
        SecurityContextHolderStrategy own = beans.getIfUnique();
        if (own == null || own == SecurityContextHolder.getContextHolderStrategy()) {
            return;
        }
        SecurityContext global = SecurityContextHolder.getContext();
        if (own.getContext().getAuthentication() == null && global.getAuthentication() != null) {
            own.setContext(global);
        }
        SecurityContextHolder.setContextHolderStrategy(own);
    }
}

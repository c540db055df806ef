package org.matchwise.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Installs Vaadin's session-aware security context strategy, like Vaadin's own
 * {@code VaadinAwareSecurityContextHolderStrategyConfiguration}, but reuses the one already installed in
 * this JVM instead of replacing it. Spring Security's filters and method security keep the strategy they
 * were built with; with a new instance per application context, two contexts in one JVM (the test suite
 * caches several) would read and write different places and see nobody signed in. Exposed as a bean, so
 * Spring Security and {@link CurrentUser} use this very instance.
 */
@Configuration(proxyBeanMethods = false)
class SharedSecurityContextStrategy {

    private final SecurityContextHolderStrategy strategy;

    SharedSecurityContextStrategy() {
        SecurityContextHolderStrategy current = SecurityContextHolder.getContextHolderStrategy();
        if (!(current instanceof VaadinAwareSecurityContextHolderStrategy)) {
            current = new VaadinAwareSecurityContextHolderStrategy();
            SecurityContextHolder.setContextHolderStrategy(current);
        }
        this.strategy = current;
    }

    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return strategy;
    }
}

package org.matchwise;

import java.util.List;
import java.util.Map;
import org.matchwise.testing.PostgresDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the data source of {@link OnPostgres} test classes at PostgreSQL. The customizer is one value for all
 * of them, so it is the same part of the context cache key in every class (registered in
 * {@code META-INF/spring.factories}).
 */
public class OnPostgresCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, OnPostgres.class) ? new Customizer() : null;
    }

    /** Equal to every other instance: the database is the JVM's one. */
    record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            PostgresDatabase.Info db = PostgresDatabase.get().orElseThrow(
                    () -> new IllegalStateException(PostgresDatabase.unavailableReason()));
            // the same values as PostgresDatabase.register (small pools: one server serves many contexts)
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("PostgreSQL test database",
                    Map.of("spring.datasource.url", db.url(),
                            "spring.datasource.username", db.username(),
                            "spring.datasource.password", db.password() == null ? "" : db.password(),
                            "spring.datasource.hikari.minimum-idle", "1",
                            "spring.datasource.hikari.idle-timeout", "10000")));
        }
    }
}

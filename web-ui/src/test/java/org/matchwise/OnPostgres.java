package org.matchwise;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.matchwise.testing.RequiresPostgres;

/**
 * Runs a Spring test class (typically a subclass of an H2 test) against this JVM's PostgreSQL database
 * ({@code PostgresDatabase}), skipped without a server like {@link RequiresPostgres}. Unlike a
 * {@code @DynamicPropertySource} method per class, which makes every class a context of its own, all classes
 * with this annotation and the same other configuration share one context ({@link OnPostgresCustomizerFactory}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@RequiresPostgres
public @interface OnPostgres {
}

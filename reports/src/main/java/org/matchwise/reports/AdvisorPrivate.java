package org.matchwise.reports;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that only the applicant's advisors and admins may see (domain.md,
 * "Records and privacy"). The renderer empties such components for {@link Variant#APPLICANT}:
 * strings become {@code null}, lists become empty. Only reference types may carry it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface AdvisorPrivate {
}

package org.matchwise.profile.json;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A whole number from {@code min} to {@code max}; the problem names the range and the value sent. Null is valid. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Between.Check.class)
public @interface Between {

    int min();

    int max();

    String message() default "is out of range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check: "must be between 1 and 999, was 1200". */
    class Check implements ConstraintValidator<Between, Integer> {
        private int min;
        private int max;

        @Override
        public void initialize(Between between) {
            this.min = between.min();
            this.max = between.max();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            if (value == null || (value >= min && value <= max)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be between " + min + " and " + max + ", was " + value)
                    .addConstraintViolation();
            return false;
        }
    }
}

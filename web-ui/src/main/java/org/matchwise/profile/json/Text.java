package org.matchwise.profile.json;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.matchwise.base.api.ColumnLengths;

/**
 * A text that fits the column it is stored in ({@link ColumnLengths}: the entity's {@code @Column(length)} is the one
 * place the maximum is written), measured after trimming; with {@code notBlank}, a text of only spaces is a problem too.
 * Null is valid (absent is for {@code @NotNull} to judge).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Text.Check.class)
public @interface Text {

    /** The entity whose column holds the text. */
    Class<?> entity();

    /** The entity's field of that column. */
    String field();

    boolean notBlank() default false;

    String message() default "is too long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check: "must not be empty", or "is 201 characters long; at most 200 are allowed". */
    class Check implements ConstraintValidator<Text, String> {
        private int max;
        private boolean notBlank;

        @Override
        public void initialize(Text text) {
            this.max = ColumnLengths.of(text.entity(), text.field());
            this.notBlank = text.notBlank();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String s = value.strip();
            String reason = notBlank && s.isEmpty() ? "must not be empty" : ColumnLengths.tooLong(s, max);
            if (reason == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
            return false;
        }
    }
}

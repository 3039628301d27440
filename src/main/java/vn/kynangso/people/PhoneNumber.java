package vn.kynangso.people;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import vn.kynangso.security.PhoneNumbers;

/**
 * A phone number as {@link PhoneNumbers} reads one, or nothing: an optional field. The message is a
 * translation key, as with every constraint on the people module's input records.
 */
@Documented
@Constraint(validatedBy = PhoneNumber.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

    String message() default "household.error.bad-phone";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Blank or a number {@link PhoneNumbers#normalize} accepts. */
    class Check implements ConstraintValidator<PhoneNumber, String> {

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null
                    || value.isBlank()
                    || PhoneNumbers.normalize(value).isPresent();
        }
    }
}

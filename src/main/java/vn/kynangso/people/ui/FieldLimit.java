package vn.kynangso.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Optional;

/**
 * A form field checked against the Bean Validation constraints of the service's input record it
 * fills ({@code NewMember.fullName}…), so the form, an import and the service share one set of
 * limits. The constraints' messages are translation keys; a limit ({@code max}) is their {@code
 * {0}}.
 */
final class FieldLimit implements Validator<String> {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final Class<?> record;
    private final String property;

    FieldLimit(Class<?> record, String property) {
        this.record = record;
        this.property = property;
    }

    @Override
    public ValidationResult apply(String value, ValueContext context) {
        String text = value == null ? "" : value.strip();
        Optional<? extends ConstraintViolation<?>> violation =
                VALIDATION.getValidator().validateValue(record, property, text).stream()
                        .min(Comparator.comparing(ConstraintViolation::getMessageTemplate));
        return violation
                .map(v -> ValidationResult.error(translated(v, context)))
                .orElseGet(ValidationResult::ok);
    }

    private static String translated(ConstraintViolation<?> violation, ValueContext context) {
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        String key = violation.getMessage();
        return context.getComponent().map(c -> translate(c, key, max)).orElse(key);
    }

    private static String translate(Component component, String key, Object max) {
        return max == null ? component.getTranslation(key) : component.getTranslation(key, max);
    }
}

package vn.kynangso.classes.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import vn.kynangso.classes.ClassDetails;

/**
 * A class form field checked against the constraints of {@link ClassDetails}, so the form and the
 * service share one set of limits; the constraint's message is a translation key.
 */
final class ClassFieldCheck implements Validator<String> {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final String property;

    ClassFieldCheck(String property) {
        this.property = property;
    }

    @Override
    public ValidationResult apply(String value, ValueContext context) {
        String text = value == null ? "" : value.strip();
        return VALIDATION.getValidator().validateValue(ClassDetails.class, property, text).stream()
                .min(Comparator.comparing(ConstraintViolation::getMessageTemplate))
                .map(v -> ValidationResult.error(context.getComponent()
                        .map(c -> {
                            Object max =
                                    v.getConstraintDescriptor().getAttributes().get("max");
                            return max == null
                                    ? c.getTranslation(v.getMessage())
                                    : c.getTranslation(v.getMessage(), max);
                        })
                        .orElse(v.getMessage())))
                .orElseGet(ValidationResult::ok);
    }
}

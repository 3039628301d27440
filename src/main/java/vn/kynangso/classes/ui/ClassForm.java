package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import vn.kynangso.classes.ClassDetails;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.places.Place;

/** A class's school, grade, name and school year: to open a class (with its commune) or to edit one. */
final class ClassForm extends Div {

    final TextField school = new TextField();
    final TextField grade = new TextField();
    final TextField name = new TextField();
    final TextField schoolYear = new TextField();
    final Select<Place> commune = new Select<>();
    final Button submit;
    private final Binder<ClassDetails> limits = new Binder<>();

    /**
     * @param communes the communes to choose from when opening a class; empty when editing
     * @param onSubmit called with the commune chosen (null when editing) and the details, once valid
     */
    ClassForm(
            String idPrefix,
            String titleKey,
            String submitKey,
            List<Place> communes,
            String schoolYearValue,
            BiConsumer<@Nullable Place, ClassDetails> onSubmit) {
        addClassName("kns-card");
        add(new H2(getTranslation(titleKey)));
        if (!communes.isEmpty()) {
            commune.setId(idPrefix + "-commune");
            commune.setLabel(getTranslation("classes.commune"));
            commune.setItems(communes);
            commune.setItemLabelGenerator(p -> p == null ? "" : p.getName());
            commune.setValue(communes.getFirst());
            commune.setVisible(communes.size() > 1);
            commune.setWidthFull();
            add(commune);
        }
        field(school, idPrefix + "-school", "classes.school", "school", ClassDetails.MAX_SCHOOL);
        field(grade, idPrefix + "-grade", "classes.grade", "grade", ClassDetails.MAX_GRADE);
        field(name, idPrefix + "-name", "classes.name", "name", ClassDetails.MAX_NAME);
        field(schoolYear, idPrefix + "-school-year", "classes.school-year", "schoolYear", 9);
        schoolYear.setHelperText(getTranslation("classes.school-year.help"));
        schoolYear.setValue(schoolYearValue);
        submit = new Button(getTranslation(submitKey), e -> {
            if (limits.validate().isOk()) {
                onSubmit.accept(
                        commune.getValue(),
                        new ClassDetails(school.getValue(), grade.getValue(), name.getValue(), schoolYear.getValue()));
            }
        });
        submit.setId(idPrefix + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClassName("kns-wide-button");
        add(submit);
    }

    void fill(SchoolClass c) {
        school.setValue(c.school());
        grade.setValue(c.grade());
        name.setValue(c.name());
        schoolYear.setValue(c.schoolYear());
    }

    private void field(TextField field, String id, String labelKey, String property, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setWidthFull();
        var binding = limits.forField(field).withValidator(new ClassFieldCheck(property));
        if (property.equals("schoolYear")) {
            binding = binding.withValidator(
                    v -> new ClassDetails("", "", "", v).isConsecutiveYears(),
                    getTranslation("classes.error.school-year"));
        }
        binding.bind(d -> "", (d, v) -> {});
        add(field);
    }
}

package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.kynangso.authoring.AuthoringException;
import vn.kynangso.authoring.AuthoringService;
import vn.kynangso.authoring.Draft;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.PublishedCourse;

/** A new course: its code, and either a kind to start from nothing or a published course to copy. */
class NewCourseDialog extends Dialog {

    NewCourseDialog(
            AuthoringService authoring,
            List<PublishedCourse> courses,
            @Nullable String copyOf,
            Consumer<Draft> created) {
        setHeaderTitle(getTranslation(copyOf == null ? "authoring.new.title" : "authoring.copy.title"));
        TextField code = new TextField(getTranslation("authoring.new.code"));
        code.setId("new-course-code");
        code.setHelperText(getTranslation("authoring.new.code.help"));
        code.setWidthFull();
        Select<CourseCategory> category = new Select<>();
        category.setId("new-course-category");
        category.setLabel(getTranslation("authoring.settings.category"));
        category.setItems(CourseCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("authoring.settings.category." + c.name()));
        category.setValue(CourseCategory.SKILL);
        Select<String> from = new Select<>();
        from.setId("new-course-from");
        from.setLabel(getTranslation("authoring.copy.from"));
        from.setItems(courses.stream().map(PublishedCourse::code).toList());
        from.setItemLabelGenerator(c -> courses.stream()
                .filter(p -> p.code().equals(c))
                .findFirst()
                .map(p -> p.content().title().in(getLocale()))
                .orElse(c));
        if (copyOf != null) {
            from.setValue(copyOf);
            category.setVisible(false);
        } else {
            from.setVisible(false);
        }
        Button create = new Button(getTranslation("authoring.new.create"), e -> {
            try {
                Draft draft = from.getValue() != null
                        ? authoring.createCopy(from.getValue(), code.getValue())
                        : authoring.createBlank(code.getValue(), category.getValue());
                close();
                created.accept(draft);
            } catch (AuthoringException ex) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation(ex.translationKey(), ex.args()));
            }
        });
        create.setId("new-course-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(code, category, from);
        getFooter().add(new Button(getTranslation("authoring.cancel"), e -> close()), create);
    }
}

package vn.kynangso.officials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.officials.Assignment;
import vn.kynangso.officials.MandatoryCourses;

/**
 * A year's mandatory courses for a commune's officials, with their deadlines, and whether they are
 * still the catalog's; while the year runs, courses can be added (with a deadline inside the year)
 * and removed.
 */
final class RequiredCoursesForm extends Div {

    RequiredCoursesForm(MandatoryCourses officials, long communeId, int year, boolean editable, Runnable changed) {
        setId("evaluation-required");
        add(new H2(getTranslation("evaluation.required", year)));
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        List<Assignment> assigned = officials.assignments(year, communeId);
        boolean byCatalog = officials.followsCatalog(year, communeId);
        if (byCatalog) {
            // what applies until the commune changes it, said where it is changed (DD011)
            Paragraph source = new Paragraph(getTranslation("evaluation.required.catalog", year));
            source.setId("evaluation-required-catalog");
            source.addClassName("kns-muted");
            add(source);
        }
        if (assigned.isEmpty()) {
            Paragraph none = new Paragraph(
                    getTranslation(byCatalog ? "evaluation.required.none" : "evaluation.required.nothing", year));
            none.setId("evaluation-required-none");
            add(none);
        }
        for (Assignment a : assigned) {
            Div row = new Div(new Paragraph(getTranslation(
                    "evaluation.assignment", a.title(getLocale()), a.creditHours(), date.format(a.deadline()))));
            row.addClassName("kns-links");
            if (editable) {
                Button remove = new Button(getTranslation("evaluation.unassign"), e -> {
                    officials.unassign(year, communeId, a.courseCode());
                    changed.run();
                });
                remove.setId("evaluation-unassign-" + a.courseCode());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            add(row);
        }
        if (!editable) {
            return;
        }
        Select<PublishedCourse> course = new Select<>();
        course.setId("evaluation-course");
        course.setLabel(getTranslation("evaluation.course"));
        course.setItems(officials.officialCourses().stream()
                .filter(c -> assigned.stream().noneMatch(a -> a.courseCode().equals(c.code())))
                .toList());
        course.setItemLabelGenerator(c -> c == null ? "" : c.content().title().in(getLocale()));
        DatePicker deadline = new DatePicker(getTranslation("evaluation.deadline"));
        deadline.setId("evaluation-deadline");
        deadline.setHelperText(getTranslation("evaluation.deadline.help"));
        deadline.setMin(LocalDate.of(year, 1, 1));
        deadline.setMax(LocalDate.of(year, 12, 31));
        deadline.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("evaluation.deadline.outside", year))
                .setMaxErrorMessage(getTranslation("evaluation.deadline.outside", year))
                .setBadInputErrorMessage(getTranslation("evaluation.deadline.bad")));
        Button assign = new Button(getTranslation("evaluation.assign"), e -> {
            if (course.getValue() != null && !deadline.isInvalid()) {
                officials.assign(year, communeId, course.getValue().code(), deadline.getValue());
                changed.run();
            }
        });
        assign.setId("evaluation-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(course, deadline, assign);
        form.addClassName("kns-links");
        add(form);
    }
}

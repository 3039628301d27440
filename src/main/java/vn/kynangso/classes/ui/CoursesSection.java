package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassException;

/** The courses given to a class with their due dates; its teacher gives and removes them. */
final class CoursesSection extends Div {

    private final ClassCourses courses;
    private final long classId;
    private final boolean mayChange;
    private final LocalDate today;

    CoursesSection(ClassCourses courses, long classId, boolean mayChange, LocalDate today) {
        this.courses = courses;
        this.classId = classId;
        this.mayChange = mayChange;
        this.today = today;
        setId("class-courses");
        addClassName("kns-card");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("classes.courses.title")));
        List<ClassCourse> given = courses.assignments(classId);
        if (given.isEmpty()) {
            add(new Paragraph(getTranslation("classes.courses.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        for (ClassCourse c : given) {
            Span title = new Span(c.title(getLocale()));
            title.addClassName("kns-course-title");
            Paragraph due = new Paragraph(
                    c.dueDate() == null
                            ? getTranslation("classes.courses.no-due")
                            : getTranslation("classes.courses.due-on", date.format(c.dueDate())));
            due.setId("class-course-due-" + c.courseCode());
            Div row = new Div(title, due);
            if (c.quizByTeacher()) {
                Paragraph held = new Paragraph(getTranslation("classes.courses.quiz-by-teacher"));
                held.setId("class-course-held-" + c.courseCode());
                held.addClassName("kns-muted");
                row.add(held);
            }
            row.setId("class-course-" + c.courseCode());
            row.addClassName("kns-course-row");
            if (mayChange) {
                Button remove = new Button(getTranslation("classes.courses.remove"), e -> {
                    courses.unassign(classId, c.courseCode());
                    show();
                });
                remove.setId("class-course-remove-" + c.courseCode());
                row.add(remove);
            }
            add(row);
        }
        if (mayChange) {
            addForm(given);
        }
    }

    private void addForm(List<ClassCourse> given) {
        Select<PublishedCourse> course = new Select<>();
        course.setId("class-course");
        course.setLabel(getTranslation("classes.courses.course"));
        course.setItems(courses.assignable().stream()
                .filter(c -> given.stream().noneMatch(g -> g.courseCode().equals(c.code())))
                .toList());
        course.setItemLabelGenerator(c -> c == null ? "" : c.content().title().in(getLocale()));
        course.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("classes.courses.due"));
        due.setId("class-due");
        due.setClearButtonVisible(true);
        due.setMin(today);
        due.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("classes.error.due-in-past"))
                .setBadInputErrorMessage(getTranslation("evaluation.deadline.bad")));
        due.setWidthFull();
        Checkbox byTeacher = new Checkbox(getTranslation("classes.courses.quiz-by-teacher.tick"));
        byTeacher.setId("class-quiz-by-teacher");
        Button assign = new Button(getTranslation("classes.courses.assign"), e -> {
            if (course.getValue() == null || due.isInvalid()) {
                return;
            }
            try {
                courses.assign(classId, course.getValue().code(), due.getValue(), byTeacher.getValue());
                Notification.show(getTranslation("classes.courses.assigned"));
                show();
            } catch (ClassException ex) {
                Notification.show(getTranslation(ex.reason().translationKey()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        assign.setId("class-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        assign.addClassName("kns-wide-button");
        add(course, due, byTeacher, assign);
    }
}

package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.classes.ClassCourses;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassCourses.Target;
import vn.kynangso.classes.ClassException;
import vn.kynangso.classes.ClassGroups;
import vn.kynangso.classes.ClassGroups.Group;
import vn.kynangso.classes.ClassJoining;
import vn.kynangso.classes.ClassJoining.ClassStudent;

/**
 * What a class was given: courses or single lessons, for the whole class, a group or chosen
 * students, with their due dates; its teacher gives and removes them.
 */
final class CoursesSection extends Div {

    /** The lesson picker's value for "the whole course". */
    private static final int WHOLE_COURSE = -1;

    private final ClassCourses courses;
    private final ClassGroups groups;
    private final ClassJoining joining;
    private final long classId;
    private final boolean mayChange;
    private final LocalDate today;

    CoursesSection(
            ClassCourses courses,
            ClassGroups groups,
            ClassJoining joining,
            long classId,
            boolean mayChange,
            LocalDate today) {
        this.courses = courses;
        this.groups = groups;
        this.joining = joining;
        this.classId = classId;
        this.mayChange = mayChange;
        this.today = today;
        setId("class-courses");
        addClassName("kns-card");
        show();
    }

    void show() {
        removeAll();
        add(new H2(getTranslation("classes.courses.title")));
        List<ClassCourse> given = courses.assignments(classId);
        List<ClassStudent> students = joining.students(classId);
        if (given.isEmpty()) {
            add(new Paragraph(getTranslation("classes.courses.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"), getLocale());
        for (ClassCourse c : given) {
            Span title = new Span(GivenLabels.what(this, getLocale(), c));
            title.addClassName("kns-course-title");
            Paragraph whom = new Paragraph(GivenLabels.forWhom(this, c, students));
            whom.setId("class-course-for-" + c.id());
            whom.addClassName("kns-muted");
            Paragraph due = new Paragraph(
                    c.dueDate() == null
                            ? getTranslation("classes.courses.no-due")
                            : getTranslation("classes.courses.due-on", date.format(c.dueDate())));
            due.setId("class-course-due-" + c.id());
            Div row = new Div(title, whom, due);
            if (c.quizByTeacher()) {
                Paragraph held = new Paragraph(getTranslation("classes.courses.quiz-by-teacher"));
                held.setId("class-course-held-" + c.id());
                held.addClassName("kns-muted");
                row.add(held);
            }
            row.setId("class-course-" + c.id());
            row.addClassName("kns-course-row");
            if (mayChange) {
                Button remove = new Button(getTranslation("classes.courses.remove"), e -> {
                    courses.unassign(classId, c.id());
                    show();
                });
                remove.setId("class-course-remove-" + c.id());
                row.add(remove);
            }
            add(row);
        }
        if (mayChange) {
            addForm(students);
        }
    }

    private void addForm(List<ClassStudent> students) {
        Select<PublishedCourse> course = new Select<>();
        course.setId("class-course");
        course.setLabel(getTranslation("classes.courses.course"));
        course.setItems(courses.assignable());
        course.setItemLabelGenerator(c -> c == null ? "" : c.content().title().in(getLocale()));
        course.setWidthFull();

        Select<Integer> lesson = new Select<>();
        lesson.setId("class-lesson");
        lesson.setLabel(getTranslation("classes.courses.part"));
        lesson.setWidthFull();
        lesson.setVisible(false);
        course.addValueChangeListener(e -> {
            PublishedCourse chosen = e.getValue();
            if (chosen == null) {
                lesson.setVisible(false);
                return;
            }
            List<Integer> parts = new ArrayList<>();
            parts.add(WHOLE_COURSE);
            IntStream.range(0, chosen.content().lessons().size()).forEach(parts::add);
            lesson.setItems(parts);
            lesson.setItemLabelGenerator(i -> i == null || i == WHOLE_COURSE
                    ? getTranslation("classes.courses.whole-course")
                    : getTranslation(
                            "classes.courses.lesson",
                            i + 1,
                            chosen.content().lessons().get(i).title().in(getLocale())));
            lesson.setValue(WHOLE_COURSE);
            lesson.setVisible(true);
        });

        List<Group> classGroups = groups.groups(classId);
        RadioButtonGroup<Target.Kind> forWhom = new RadioButtonGroup<>(getTranslation("classes.courses.for"));
        forWhom.setId("class-for");
        forWhom.setItems(
                classGroups.isEmpty()
                        ? List.of(Target.Kind.CLASS, Target.Kind.STUDENTS)
                        : List.of(Target.Kind.CLASS, Target.Kind.GROUP, Target.Kind.STUDENTS));
        forWhom.setItemLabelGenerator(k -> switch (k) {
            case CLASS -> getTranslation("classes.given.class");
            case GROUP -> getTranslation("classes.courses.for-group");
            case STUDENTS -> getTranslation("classes.courses.for-students");
        });
        forWhom.setValue(Target.Kind.CLASS);

        Select<Group> group = new Select<>();
        group.setId("class-for-group");
        group.setLabel(getTranslation("classes.groups.group"));
        group.setItems(classGroups);
        group.setItemLabelGenerator(g -> g == null ? "" : g.name());
        group.setWidthFull();
        group.setVisible(false);

        MultiSelectComboBox<ClassStudent> chosen =
                new MultiSelectComboBox<>(getTranslation("classes.courses.students"));
        chosen.setId("class-for-students");
        chosen.setItems(students);
        chosen.setItemLabelGenerator(ClassStudent::name);
        chosen.setWidthFull();
        chosen.setVisible(false);
        forWhom.addValueChangeListener(e -> {
            group.setVisible(e.getValue() == Target.Kind.GROUP);
            chosen.setVisible(e.getValue() == Target.Kind.STUDENTS);
        });

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
        // a single lesson has no quiz to hold
        lesson.addValueChangeListener(e -> byTeacher.setVisible(e.getValue() == null || e.getValue() == WHOLE_COURSE));
        Button assign = new Button(getTranslation("classes.courses.assign"), e -> {
            if (course.getValue() == null || due.isInvalid()) {
                return;
            }
            Target target = switch (forWhom.getValue()) {
                case GROUP ->
                    group.getValue() == null
                            ? null
                            : Target.group(group.getValue().id());
                case STUDENTS ->
                    chosen.getValue().isEmpty()
                            ? null
                            : Target.students(chosen.getValue().stream()
                                    .map(ClassStudent::personId)
                                    .collect(Collectors.toSet()));
                case CLASS -> Target.wholeClass();
            };
            if (target == null) {
                Notification.show(getTranslation(
                                forWhom.getValue() == Target.Kind.GROUP
                                        ? "classes.courses.pick-group"
                                        : "classes.courses.pick-students"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Integer part = lesson.getValue() == null || lesson.getValue() == WHOLE_COURSE ? null : lesson.getValue();
            try {
                courses.assign(
                        classId,
                        course.getValue().code(),
                        part,
                        target,
                        due.getValue(),
                        part == null && byTeacher.getValue());
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
        add(course, lesson, forWhom, group, chosen, due, byTeacher, assign);
    }
}

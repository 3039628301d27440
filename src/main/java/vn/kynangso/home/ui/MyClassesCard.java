package vn.kynangso.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.kynangso.classes.MyClasses.GivenCourse;
import vn.kynangso.classes.MyClasses.MyClass;
import vn.kynangso.learning.CourseStatus;

/**
 * A student's classes on their home screen: each class with the courses its teacher gave it, the
 * due date and the student's status; a course opens with one tap. The way into another class stays
 * at the bottom.
 */
class MyClassesCard extends Section {

    MyClassesCard(List<MyClass> classes, Button join) {
        setId("home-classes");
        addClassName("kns-card");
        add(new H2(getTranslation("home.classes.title")), new Paragraph(getTranslation("home.classes.text")));
        DateTimeFormatter date = DateTimeFormatter.ofPattern(getTranslation("format.date"));
        for (MyClass schoolClass : classes) {
            Div block = new Div();
            block.setId("home-class-" + schoolClass.id());
            H3 name = new H3(schoolClass.name());
            Paragraph about = new Paragraph(
                    schoolClass.teacher() == null
                            ? getTranslation("home.classes.school", schoolClass.school(), schoolClass.grade())
                            : getTranslation(
                                    "home.classes.school-teacher",
                                    schoolClass.school(),
                                    schoolClass.grade(),
                                    schoolClass.teacher()));
            about.addClassName("kns-muted");
            block.add(name, about);
            if (schoolClass.courses().isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("home.classes.no-courses"));
                none.setId("home-class-" + schoolClass.id() + "-none");
                block.add(none);
            }
            for (GivenCourse course : schoolClass.courses()) {
                block.add(courseRow(schoolClass.id(), course, date));
            }
            add(block);
        }
        add(join);
    }

    private Div courseRow(long classId, GivenCourse course, DateTimeFormatter date) {
        Integer lesson = course.lessonIndex();
        String id =
                "home-class-" + classId + "-" + course.courseCode() + (lesson == null ? "" : "-lesson-" + (lesson + 1));
        String label = lesson == null || course.lessonTitle() == null
                ? course.title(getLocale())
                : getTranslation(
                        "home.classes.lesson",
                        lesson + 1,
                        course.lessonTitle().in(getLocale()),
                        course.title(getLocale()));
        String target = lesson == null
                ? "learn/" + course.courseCode()
                : "learn/" + course.courseCode() + "/lesson/" + (lesson + 1);
        Button open = new Button(label, e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(target)));
        open.setId(id + "-open");
        open.addThemeVariants(ButtonVariant.LUMO_LARGE);
        open.addClassName("kns-wide-button");
        Span due = new Span(
                course.dueDate() == null
                        ? getTranslation("home.classes.no-due")
                        : getTranslation("home.classes.due", date.format(course.dueDate())));
        due.setId(id + "-due");
        Div row = new Div(open, badge(course.status(), id + "-status"), due);
        row.addClassName("kns-course-row");
        return row;
    }

    /** The status word with the colour the learner's other screens give it. */
    private Span badge(CourseStatus status, String id) {
        Span badge = new Span(getTranslation(status.key()));
        badge.setId(id);
        badge.addClassName("kns-badge");
        switch (status) {
            case COMPLETED -> badge.addClassName("kns-badge-success");
            case COMPLETED_LATE -> badge.addClassName("kns-badge-late");
            case OVERDUE -> badge.addClassName("kns-badge-overdue");
            default -> {}
        }
        return badge;
    }
}

package vn.kynangso.classes.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassJoining.ClassStudent;

/** How something given to a class is named on the teacher's screens: what it is, and who it is for. */
final class GivenLabels {

    private GivenLabels() {}

    /** "Course" or "Lesson 2: title · Course". */
    static String what(Component in, Locale locale, ClassCourse given) {
        Integer lesson = given.lessonIndex();
        if (lesson == null || given.lessonTitle() == null) {
            return given.title(locale);
        }
        return in.getTranslation(
                "classes.given.lesson", lesson + 1, given.lessonTitle().in(locale), given.title(locale));
    }

    /** "Whole class", "Group: nhóm 1" or "3 students: An, Bình, Chi". */
    static String forWhom(Component in, ClassCourse given, List<ClassStudent> students) {
        return switch (given.target().kind()) {
            case CLASS -> in.getTranslation("classes.given.class");
            case GROUP -> in.getTranslation("classes.given.group", given.groupName() == null ? "" : given.groupName());
            case STUDENTS ->
                in.getTranslation(
                        "classes.given.students",
                        given.target().students().size(),
                        String.join(
                                ", ",
                                students.stream()
                                        .filter(s -> given.target().students().contains(s.personId()))
                                        .map(ClassStudent::name)
                                        .toList()));
        };
    }
}

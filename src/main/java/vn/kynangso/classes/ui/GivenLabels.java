package vn.kynangso.classes.ui;

import com.vaadin.flow.component.Component;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassJoining.ClassStudent;
import vn.kynangso.classes.GivenNames;

/** How something given to a class is named on the teacher's screens: what it is, and who it is for. */
final class GivenLabels {

    private GivenLabels() {}

    /** "Course" or "Lesson 2: title · Course". */
    static String what(Component in, Locale locale, ClassCourse given) {
        return GivenNames.what(given, locale, in::getTranslation);
    }

    /** "Whole class", "Group: nhóm 1" or "3 students: An, Bình, Chi". */
    static String forWhom(Component in, ClassCourse given, List<ClassStudent> students) {
        return forWhom(
                in,
                given,
                students.stream().collect(Collectors.toMap(ClassStudent::personId, ClassStudent::name, (a, b) -> a)));
    }

    /** The same, with the names of the class's students by person. */
    static String forWhom(Component in, ClassCourse given, Map<Long, String> names) {
        return switch (given.target().kind()) {
            case CLASS -> in.getTranslation("classes.given.class");
            case GROUP -> in.getTranslation("classes.given.group", given.groupName() == null ? "" : given.groupName());
            case STUDENTS ->
                in.getTranslation(
                        "classes.given.students",
                        given.target().students().size(),
                        String.join(
                                ", ",
                                given.target().students().stream()
                                        .map(id -> names.getOrDefault(id, ""))
                                        .sorted(Collator.getInstance(TranslationProvider.VIETNAMESE))
                                        .toList()));
        };
    }
}

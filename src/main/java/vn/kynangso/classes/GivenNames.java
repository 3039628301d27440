package vn.kynangso.classes;

import java.util.Locale;
import vn.kynangso.classes.ClassCourses.ClassCourse;

/** How something given to a class is named on every screen and document: the course, or its lesson. */
public final class GivenNames {

    /** Translates a key with its arguments, in the language the name is for. */
    @FunctionalInterface
    public interface Translate {
        String apply(String key, Object... args);
    }

    private GivenNames() {}

    /** "Course" or "Lesson 2: title · Course" ({@code classes.given.lesson}). */
    public static String what(ClassCourse given, Locale locale, Translate translate) {
        Integer lesson = given.lessonIndex();
        if (lesson == null || given.lessonTitle() == null) {
            return given.title(locale);
        }
        return translate.apply(
                "classes.given.lesson", lesson + 1, given.lessonTitle().in(locale), given.title(locale));
    }
}

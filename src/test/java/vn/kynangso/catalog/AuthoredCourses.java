package vn.kynangso.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Courses as the in-app authoring workspace would hand them to {@link CatalogService#publishAuthored}:
 * copies of a course under a new code, with lessons, questions or rules changed. Codes start with
 * {@link #PREFIX} so a test can withdraw what it published.
 */
public final class AuthoredCourses {

    /** Every course code made here starts with it. */
    public static final String PREFIX = "sua-";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private AuthoredCourses() {}

    /** A fresh course code, never used before in this run. */
    public static String newCode() {
        return PREFIX + Long.toString(System.nanoTime() % 1_000_000, 36) + "-" + NEXT.incrementAndGet();
    }

    /** The same course under another code. */
    public static CourseContent copy(CourseContent c, String id) {
        return new CourseContent(
                id,
                c.declaredVersion(),
                c.category(),
                c.skill(),
                c.audience(),
                c.title(),
                c.summary(),
                c.creditHours(),
                c.deadline(),
                c.assessment(),
                c.lessons(),
                c.questions());
    }

    public static CourseContent withTitle(CourseContent c, String vi) {
        return new CourseContent(
                c.id(),
                c.declaredVersion(),
                c.category(),
                c.skill(),
                c.audience(),
                new Text(vi, c.title().en()),
                c.summary(),
                c.creditHours(),
                c.deadline(),
                c.assessment(),
                c.lessons(),
                c.questions());
    }

    public static CourseContent withLessons(CourseContent c, List<Lesson> lessons) {
        return new CourseContent(
                c.id(),
                c.declaredVersion(),
                c.category(),
                c.skill(),
                c.audience(),
                c.title(),
                c.summary(),
                c.creditHours(),
                c.deadline(),
                c.assessment(),
                lessons,
                c.questions());
    }

    /** The same questions, each under a new code starting with {@code prefix}: a new bank to draw from. */
    public static CourseContent withNewQuestionCodes(CourseContent c, String prefix) {
        return new CourseContent(
                c.id(),
                c.declaredVersion(),
                c.category(),
                c.skill(),
                c.audience(),
                c.title(),
                c.summary(),
                c.creditHours(),
                c.deadline(),
                c.assessment(),
                c.lessons(),
                c.questions().stream()
                        .map(q -> new Question(prefix + q.code(), q.type(), q.prompt(), q.choices()))
                        .toList());
    }

    /** Retakes at once, without reading lessons again. */
    public static CourseContent withRetakeAtOnce(CourseContent c) {
        Assessment a = c.assessment();
        return new CourseContent(
                c.id(),
                c.declaredVersion(),
                c.category(),
                c.skill(),
                c.audience(),
                c.title(),
                c.summary(),
                c.creditHours(),
                c.deadline(),
                new Assessment(a.passMark(), a.questionsPerAttempt(), 0, false),
                c.lessons(),
                c.questions());
    }

    /** A short lesson, new to the course. */
    public static Lesson newLesson(String slug) {
        return new Lesson(
                slug,
                new Text("Quy định mới", "New rules"),
                new Text("Từ năm nay, quy định đã thay đổi.", "From this year, the rules have changed."));
    }
}

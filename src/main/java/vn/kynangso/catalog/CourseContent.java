package vn.kynangso.catalog;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A course exactly as published: metadata, lessons and question bank. Immutable; each published
 * version keeps its own copy so learners keep the version they started.
 *
 * @param audience who it is for, in enum order (so the published JSON, and its hash, are stable)
 * @param deadline officials' courses: yearly deadline as "MM-DD"
 */
public record CourseContent(
        String id,
        int declaredVersion,
        CourseCategory category,
        @Nullable Skill skill,
        List<Audience> audience,
        Text title,
        Text summary,
        @Nullable Integer creditHours,
        @Nullable String deadline,
        Assessment assessment,
        List<Lesson> lessons,
        List<Question> questions) {

    /**
     * The course's own deadline in a year (officials' courses), the one place "MM-DD" is read: 29
     * February falls on the 28th in a common year.
     */
    public @Nullable LocalDate deadlineIn(int year) {
        return deadline == null ? null : MonthDay.parse("--" + deadline).atYear(year);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}

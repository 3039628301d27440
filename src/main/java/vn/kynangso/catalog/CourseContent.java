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
 * @param deadline officials' courses: the day of the year they are due by, every year
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
        @Nullable MonthDay deadline,
        Assessment assessment,
        List<Lesson> lessons,
        List<Question> questions) {

    /**
     * How a deadline is written in course.yaml and in the published JSON: "11-30", month first. The
     * published form must not change, or republishing unchanged content would make new versions.
     */
    static final String DEADLINE_PATTERN = "MM-dd";

    /** The course's own deadline in a year (officials' courses): 29 February falls on the 28th in a common year. */
    public @Nullable LocalDate deadlineIn(int year) {
        return deadline == null ? null : deadline.atYear(year);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}

package vn.kynangso.catalog;

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

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}

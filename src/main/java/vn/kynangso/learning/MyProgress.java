package vn.kynangso.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Skill;
import vn.kynangso.catalog.Text;

/**
 * A learner's overview: the five skills, the courses they are required to complete in {@code year},
 * and the other courses offered to them outside the five skills (officials' courses not required
 * that year).
 */
public record MyProgress(
        List<SkillStatus> skills, int year, List<CourseRow> requiredCourses, List<CourseRow> otherCourses) {

    public long proficientCount() {
        return skills.stream().filter(s -> s.proficientSince() != null).count();
    }

    public record SkillStatus(Skill skill, @Nullable Instant proficientSince, List<CourseRow> courses) {}

    public record CourseRow(
            String code,
            Text title,
            int lessonsRead,
            int lessons,
            CourseStatus status,
            @Nullable Instant completedAt,
            @Nullable Integer creditHours,
            @Nullable LocalDate deadline) {}
}

package vn.kynangso.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Skill;
import vn.kynangso.catalog.Text;

/** A learner's overview: the five skills and the courses they are required to complete. */
public record MyProgress(List<SkillStatus> skills, List<CourseRow> requiredCourses) {

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

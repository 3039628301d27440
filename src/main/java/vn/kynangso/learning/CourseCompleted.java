package vn.kynangso.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.Skill;

/** A learner completed a course: every lesson read and the assessment passed. */
public record CourseCompleted(
        long personId,
        long enrolmentId,
        String courseCode,
        long courseVersionId,
        CourseCategory category,
        @Nullable Skill skill,
        Instant at) {}

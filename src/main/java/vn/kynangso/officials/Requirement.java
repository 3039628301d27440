package vn.kynangso.officials;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.kynangso.learning.CourseStatus;

/** One required course for one official: where they stand ({@link CourseStatus#forYear}, the one rule). */
public record Requirement(
        Assignment course,
        CourseStatus status,
        @Nullable LocalDate completedOn,
        @Nullable String certificateCode) {}

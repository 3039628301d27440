package vn.kynangso.catalog;

import org.jspecify.annotations.Nullable;

/** TEMPORARY placeholder, replaced by the field-by-field comparison. */
public record CourseDiff(boolean isEmpty) {
    public static CourseDiff between(@Nullable CourseContent before, CourseContent after) {
        return new CourseDiff(after.equals(before));
    }
}

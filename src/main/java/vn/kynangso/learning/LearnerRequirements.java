package vn.kynangso.learning;

import java.time.LocalDate;
import java.util.List;

/**
 * Courses another feature requires of a learner in a year, each with its deadline and the status
 * that feature judges it by: an official's mandatory courses. The learner's own course list shows
 * exactly these, so it says what their training screen and their evaluation say (DD011). Features
 * that require courses implement it; {@link MyProgressService} asks every one.
 */
public interface LearnerRequirements {

    /** The courses required of the person in the year, in the order to show them; empty when none are. */
    List<RequiredCourse> requiredOf(long personId, int year);

    /** A course required by a day, and where the learner stands on it ({@link CourseStatus#forYear}). */
    record RequiredCourse(String courseCode, LocalDate deadline, CourseStatus status) {}
}

package vn.kynangso.learning;

import java.time.LocalDate;
import java.util.Map;

/**
 * Due dates set for a learner by someone other than the course itself: a teacher who gives a class a
 * course by a day. A learner's own screens and records judge the course against it ({@link
 * CourseStatus}), so they say the same word as the teacher's. Features that set such dates
 * implement it; {@link DueDates} asks every one.
 */
public interface LearnerDueDates {

    /** By course code, the day the learner is asked to complete the whole course by (the soonest one). */
    Map<String, LocalDate> dueDates(long personId);
}

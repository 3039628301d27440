package vn.kynangso.learning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.kynangso.catalog.CourseContent;

/**
 * The deadline a learner's course is judged against: the soonest due date set for them ({@link
 * LearnerDueDates}), else the course's own deadline this year, else none.
 */
@Component
class DueDates {

    private final List<LearnerDueDates> sources;

    DueDates(List<LearnerDueDates> sources) {
        this.sources = sources;
    }

    /** The due dates set for the learner, by course code (the soonest of every source). */
    Map<String, LocalDate> setFor(long personId) {
        Map<String, LocalDate> soonest = new HashMap<>();
        for (LearnerDueDates source : sources) {
            source.dueDates(personId).forEach((code, due) -> soonest.merge(code, due, (a, b) -> a.isBefore(b) ? a : b));
        }
        return soonest;
    }

    /** The deadline of a course for a learner with these set due dates, in the year of {@code today}. */
    static @Nullable LocalDate of(
            Map<String, LocalDate> set, String courseCode, CourseContent course, LocalDate today) {
        LocalDate due = set.get(courseCode);
        return due != null ? due : course.deadlineIn(today.getYear());
    }
}

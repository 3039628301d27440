package vn.kynangso.classes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.learning.LearnerDueDates;

/**
 * The due dates a learner's teachers set: a whole course given to their class (or group, or them) by a
 * day, in classes that are not archived; the soonest when given more than once. Learning judges the
 * learner's own screens against them, so they say what the class's teacher sees.
 */
@Component
class ClassDueDates implements LearnerDueDates {

    private final ClassStore store;
    private final ClassCourses courses;

    ClassDueDates(ClassStore store, ClassCourses courses) {
        this.store = store;
        this.courses = courses;
    }

    @Override
    public Map<String, LocalDate> dueDates(long personId) {
        Map<String, LocalDate> soonest = new HashMap<>();
        Map<Long, Long> groups = store.groupsOf(personId);
        for (SchoolClass c : store.currentOf(personId)) {
            for (ClassCourse given : courses.givenTo(c.id(), personId, groups.get(c.id()))) {
                LocalDate due = given.dueDate();
                if (!given.isLesson() && due != null) {
                    soonest.merge(given.courseCode(), due, (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        return soonest;
    }
}

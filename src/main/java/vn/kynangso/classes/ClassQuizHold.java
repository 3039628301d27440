package vn.kynangso.classes;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.learning.QuizHold;

/**
 * Holds a course's quiz closed for a student whose class was given the course with "the quiz opens
 * only when I start it in the session", until the teacher opens it on the class board. A student in
 * several current classes with the course is held only when every one of them holds it (one class
 * that leaves the quiz free, or has it open now, lets them in).
 */
@Component
class ClassQuizHold implements QuizHold {

    private final ClassStore store;
    private final ClassCourses courses;

    ClassQuizHold(ClassStore store, ClassCourses courses) {
        this.store = store;
        this.courses = courses;
    }

    /**
     * Held when the whole course was given to the learner (in a class that is not archived, to it, their
     * group or them) only with its quiz opened by the teacher, and no teacher has it open now.
     */
    @Override
    @Transactional(readOnly = true)
    public boolean holds(long personId, String courseCode) {
        Map<Long, Long> groups = store.groupsOf(personId);
        List<ClassCourse> given = store.currentOf(personId).stream()
                .flatMap(c -> courses.givenTo(c.id(), personId, groups.get(c.id())).stream())
                .filter(c -> c.courseCode().equals(courseCode) && !c.isLesson())
                .toList();
        return !given.isEmpty() && given.stream().allMatch(c -> c.quizByTeacher() && !c.quizOpen());
    }
}

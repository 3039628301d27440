package vn.kynangso.learning;

import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.PublishedCourse;

/**
 * What passing a course's quiz brings: the pass itself, the course completed when every lesson is
 * read too, and the course's skill gained the first time. Each is announced once, as it happens.
 */
@Component
class CourseCompletion {

    private final LearningStore store;
    private final ApplicationEventPublisher events;

    CourseCompletion(LearningStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    void passed(PublishedCourse course, Enrolment enrolment, QuizAttempt attempt, Instant now) {
        enrolment.passed(now);
        events.publishEvent(
                new QuizPassed(enrolment.getPersonId(), course.code(), course.versionId(), attempt.getId(), now));
        CourseContent content = course.content();
        if (store.lessonsRead(enrolment.getId()).size() >= content.lessons().size()) {
            enrolment.completed(now);
            events.publishEvent(new CourseCompleted(
                    enrolment.getPersonId(),
                    enrolment.getId(),
                    course.code(),
                    course.versionId(),
                    content.category(),
                    content.skill(),
                    now));
        }
        if (content.skill() != null
                && store.gainSkill(
                        enrolment.getPersonId(), content.skill(), now, course.versionId(), attempt.getId())) {
            events.publishEvent(new SkillProficiencyGained(
                    enrolment.getPersonId(),
                    content.skill(),
                    now,
                    Set.copyOf(store.skills(enrolment.getPersonId()).keySet())));
        }
    }
}

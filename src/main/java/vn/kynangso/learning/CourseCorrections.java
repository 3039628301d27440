package vn.kynangso.learning;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;

/**
 * Learners moved onto a correction of their course (docs/decisions/DD009): a learner who is
 * mid-course on a version that a correction replaced is moved onto the newest version the next
 * time they open a lesson or start an attempt, keeping the lessons they read (by slug). Passed and
 * completed learners are never moved, nor is a learner in the middle of an attempt (they finish it
 * on its version, and are moved before the next). The learner is told once.
 */
@Service
public class CourseCorrections {

    private final EnrolmentRepository enrolments;
    private final QuizAttemptRepository attempts;
    private final LearningStore store;
    private final CatalogService catalog;
    private final Learner learner;
    private final Clock clock;

    CourseCorrections(
            EnrolmentRepository enrolments,
            QuizAttemptRepository attempts,
            LearningStore store,
            CatalogService catalog,
            Learner learner,
            Clock clock) {
        this.enrolments = enrolments;
        this.attempts = attempts;
        this.store = store;
        this.catalog = catalog;
        this.learner = learner;
        this.clock = clock;
    }

    /**
     * Moves the enrolment onto a correction when one is due (in the caller's transaction); returns
     * whether it moved. The one home of "who a correction moves".
     */
    boolean catchUp(Enrolment enrolment) {
        if (!enrolment.midCourse()
                || attempts.findFirstByEnrolmentIdAndSubmittedAtIsNull(enrolment.getId())
                        .isPresent()) {
            return false;
        }
        long fromId = enrolment.getCourseVersionId();
        Optional<PublishedCourse> correction = catalog.correctionFor(fromId);
        if (correction.isEmpty()) {
            return false;
        }
        PublishedCourse from = catalog.version(fromId);
        PublishedCourse to = correction.get();
        // the enrolment first: of two tabs moving at once, the second fails on its version before touching lessons
        enrolment.movedTo(to.versionId());
        enrolments.saveAndFlush(enrolment);
        store.carryLessons(
                enrolment.getId(),
                LessonCarry.of(from.content().lessons(), to.content().lessons()));
        store.recordMove(enrolment.getId(), enrolment.getPersonId(), fromId, to.versionId(), clock.instant());
        return true;
    }

    /**
     * Whether to tell the signed-in learner that a course they are taking was corrected and their
     * lessons read were kept: until they have seen it once ({@link #noticeSeen}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public Optional<CorrectionNotice> notice(String courseCode) {
        return enrolments
                .findByPersonIdAndCourseCode(learner.personId(), courseCode)
                .flatMap(e -> store.unseenMove(e.getId()))
                .map(m -> new CorrectionNotice(
                        courseCode,
                        catalog.version(m.fromVersionId()).revision(),
                        catalog.version(m.toVersionId()).revision(),
                        m.at()));
    }

    /** Notes that the signed-in learner has seen the notice of a course's correction. */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public void noticeSeen(String courseCode) {
        enrolments
                .findByPersonIdAndCourseCode(learner.personId(), courseCode)
                .ifPresent(e -> store.moveSeen(e.getId(), clock.instant()));
    }
}

package vn.kynangso.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.learning.CourseProgress.AttemptSummary;
import vn.kynangso.learning.LearningStore.LessonRead;

/**
 * A learner's way through a course's lessons: starting it (on the first lesson read, pinned to the
 * version current then), lessons read to the end, and where they stand, whether the quiz is open
 * to them included ({@link QuizGate#of}). Acts for the signed-in learner only.
 */
@Service
public class CourseProgressService {

    private final EnrolmentRepository enrolments;
    private final QuizAttemptRepository attempts;
    private final LearningStore store;
    private final CatalogService catalog;
    private final Learner learner;
    private final DueDates dueDates;
    private final Clock clock;
    private final LearnerActivity activity;
    private final List<QuizHold> holds;
    private final CourseCorrections corrections;

    CourseProgressService(
            EnrolmentRepository enrolments,
            QuizAttemptRepository attempts,
            LearningStore store,
            CatalogService catalog,
            Learner learner,
            DueDates dueDates,
            Clock clock,
            LearnerActivity activity,
            List<QuizHold> holds,
            CourseCorrections corrections) {
        this.corrections = corrections;
        this.activity = activity;
        this.holds = holds;
        this.dueDates = dueDates;
        this.enrolments = enrolments;
        this.attempts = attempts;
        this.store = store;
        this.catalog = catalog;
        this.learner = learner;
        this.clock = clock;
    }

    /**
     * Where the signed-in learner stands in a course: the version they started (or the current one
     * when they have not started), lessons read, attempts and whether the quiz is open.
     */
    @Transactional(readOnly = true)
    public CourseProgress progress(String courseCode) {
        Optional<Enrolment> enrolment = enrolments.findByPersonIdAndCourseCode(learner.personId(), courseCode);
        PublishedCourse course = enrolment
                .map(e -> catalog.version(e.getCourseVersionId()))
                .orElseGet(() -> learner.offered(courseCode));
        return progress(course, enrolment.orElse(null));
    }

    /**
     * As {@link #progress(String)}, for a lesson being opened: a learner who is mid-course on a
     * version a correction replaced is first moved onto it, keeping the lessons they read (see
     * {@link CourseCorrections}), so the lesson shown is the corrected one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public CourseProgress openingLesson(String courseCode) {
        Optional<Enrolment> enrolment = enrolments.findByPersonIdAndCourseCode(learner.personId(), courseCode);
        if (enrolment.isEmpty()) {
            return progress(courseCode);
        }
        corrections.catchUp(enrolment.get());
        return progress(catalog.version(enrolment.get().getCourseVersionId()), enrolment.get());
    }

    /** Marks a lesson (0-based) as read to the end; starts the course on the first lesson read. */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public CourseProgress lessonRead(String courseCode, int lessonIndex) {
        Enrolment enrolment = enrol(courseCode);
        PublishedCourse course = catalog.version(enrolment.getCourseVersionId());
        if (lessonIndex < 0 || lessonIndex >= course.content().lessons().size()) {
            throw new IllegalArgumentException("No lesson " + lessonIndex + " in " + courseCode);
        }
        store.lessonRead(enrolment.getId(), lessonIndex, clock.instant(), learner.helper());
        activity.lessonRead(enrolment.getPersonId(), courseCode, lessonIndex, clock.instant());
        return progress(course, enrolment);
    }

    /**
     * Notes that the signed-in learner opened a lesson (0-based) of a course they may learn, so their
     * class's board shows where they are; it starts nothing and reads nothing.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RESIDENT','STUDENT','OFFICIAL')")
    public void lessonOpened(String courseCode, int lessonIndex) {
        PublishedCourse course = learner.offered(courseCode);
        if (lessonIndex >= 0 && lessonIndex < course.content().lessons().size()) {
            activity.lessonOpened(learner.personId(), courseCode, lessonIndex, clock.instant());
        }
    }

    private Enrolment enrol(String courseCode) {
        long person = learner.personId();
        return enrolments.findByPersonIdAndCourseCode(person, courseCode).orElseGet(() -> {
            PublishedCourse course = learner.offered(courseCode);
            return enrolments.save(new Enrolment(person, courseCode, course.versionId(), clock.instant()));
        });
    }

    private boolean held(String courseCode) {
        if (holds.isEmpty()) {
            return false;
        }
        long person = learner.personId();
        return holds.stream().anyMatch(h -> h.holds(person, courseCode));
    }

    private CourseProgress progress(PublishedCourse course, @Nullable Enrolment enrolment) {
        Map<Integer, Instant> lastRead = enrolment == null
                ? Map.of()
                : store.lessonsRead(enrolment.getId()).values().stream()
                        .collect(Collectors.toMap(LessonRead::lessonIndex, LessonRead::lastReadAt));
        List<QuizAttempt> tries =
                enrolment == null ? List.of() : attempts.findByEnrolmentIdOrderByNumber(enrolment.getId());
        List<AttemptSummary> summaries =
                tries.stream().map(QuizAttempt::summary).toList();
        Instant passedAt = enrolment == null ? null : enrolment.getPassedAt();
        return new CourseProgress(
                course,
                enrolment != null,
                new TreeSet<>(lastRead.keySet()),
                summaries,
                QuizGate.of(
                        course.content().assessment(),
                        course.content().lessons().size(),
                        lastRead,
                        passedAt,
                        summaries,
                        clock.instant(),
                        held(course.code())),
                tries.stream()
                        .filter(a -> !a.isSubmitted())
                        .map(QuizAttempt::getId)
                        .findFirst()
                        .orElse(null),
                passedAt,
                enrolment == null ? null : enrolment.getCompletedAt(),
                DueDates.of(
                        dueDates.setFor(learner.personId()), course.code(), course.content(), LocalDate.now(clock)));
    }
}

package vn.kynangso.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Skill;
import vn.kynangso.catalog.Text;
import vn.kynangso.security.CurrentUser;

/**
 * Everything the app keeps about a learner's learning, for the learner to read and download: every
 * course they started (with its status by the one rule, {@link CourseStatus}), the lessons read,
 * each quiz attempt, and the skills they are proficient in.
 */
@Service
public class LearningRecords {

    private final EnrolmentRepository enrolments;
    private final QuizAttemptRepository attempts;
    private final LearningStore store;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final DueDates dueDates;
    private final Clock clock;

    LearningRecords(
            EnrolmentRepository enrolments,
            QuizAttemptRepository attempts,
            LearningStore store,
            CatalogService catalog,
            CurrentUser currentUser,
            DueDates dueDates,
            Clock clock) {
        this.dueDates = dueDates;
        this.enrolments = enrolments;
        this.attempts = attempts;
        this.store = store;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A learner's learning, as held. */
    public record Records(List<CourseRecord> courses, List<SkillRecord> skills) {}

    /** A course the learner started, in the version they started. */
    public record CourseRecord(
            String code,
            Text title,
            int revision,
            Instant startedAt,
            @Nullable Instant passedAt,
            @Nullable Instant completedAt,
            CourseStatus status,
            int lessonsRead,
            int lessons,
            @Nullable Instant lastLessonReadAt,
            boolean lessonsHelped,
            List<AttemptRecord> attempts) {}

    /** One go at a course's quiz; {@code helped}: someone helped the learner on their device. */
    public record AttemptRecord(
            int number,
            Instant startedAt,
            @Nullable Instant submittedAt,
            @Nullable BigDecimal score,
            int maxScore,
            @Nullable Boolean passed,
            boolean helped) {}

    /** A skill the learner is proficient in, since when. */
    public record SkillRecord(Skill skill, Instant since) {}

    /** The signed-in learner's records; empty for an account without a person. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Records mine() {
        Long person = currentUser.require().getPersonId().orElse(null);
        if (person == null) {
            return new Records(List.of(), List.of());
        }
        List<CourseRecord> courses = new ArrayList<>();
        Map<String, LocalDate> due = dueDates.setFor(person);
        for (Enrolment enrolment : enrolments.findByPersonId(person)) {
            PublishedCourse course = catalog.version(enrolment.getCourseVersionId());
            CourseContent content = course.content();
            Map<Integer, LearningStore.LessonRead> read = store.lessonsRead(enrolment.getId());
            CourseStatus status = CourseStatus.today(
                    enrolment, DueDates.of(due, enrolment.getCourseCode(), content, LocalDate.now(clock)), clock);
            courses.add(new CourseRecord(
                    enrolment.getCourseCode(),
                    content.title(),
                    course.revision(),
                    enrolment.getStartedAt(),
                    enrolment.getPassedAt(),
                    enrolment.getCompletedAt(),
                    status,
                    read.size(),
                    content.lessons().size(),
                    read.values().stream()
                            .map(LearningStore.LessonRead::lastReadAt)
                            .max(Comparator.naturalOrder())
                            .orElse(null),
                    store.lessonsHelped(enrolment.getId()),
                    attempts.findByEnrolmentIdOrderByNumber(enrolment.getId()).stream()
                            .map(a -> new AttemptRecord(
                                    a.getNumber(),
                                    a.getStartedAt(),
                                    a.getSubmittedAt(),
                                    a.getScore(),
                                    a.getMaxScore(),
                                    a.isSubmitted() ? a.isPassed() : null,
                                    a.getHelperAccountId() != null))
                            .toList()));
        }
        courses.sort(Comparator.comparing(CourseRecord::startedAt));
        List<SkillRecord> skills = store.skills(person).entrySet().stream()
                .map(e -> new SkillRecord(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SkillRecord::skill))
                .toList();
        return new Records(courses, skills);
    }
}

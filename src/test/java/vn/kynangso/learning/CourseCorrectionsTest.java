package vn.kynangso.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.AuthoredCourses;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Lesson;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.SystemRunner;

/**
 * A correction moves learners who are mid-course onto it at their next lesson or attempt, keeping
 * the lessons they read; passed learners, learners in an attempt and normal new versions move
 * nobody.
 */
class CourseCorrectionsTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    CatalogService catalog;

    @Autowired
    LearningService learning;

    @Autowired
    CourseProgressService progress;

    @Autowired
    CourseCorrections corrections;

    @Autowired
    QuizAttemptRepository attempts;

    @Autowired
    JdbcTemplate jdbc;

    private CourseContent course;
    private PublishedCourse first;

    @BeforeEach
    void aCourseFromTheAppAndALearner() {
        course = AuthoredCourses.withRetakeAtOnce(AuthoredCourses.copy(
                catalog.current("mua-sam-truc-tuyen").orElseThrow().content(), AuthoredCourses.newCode()));
        first = publish(course, false);
        login(Learners.newResident(places, people, accounts));
    }

    private PublishedCourse publish(CourseContent content, boolean correction) {
        return SystemRunner.runAsSystem(() -> catalog.publishAuthored(content, correction, 1L));
    }

    private String code() {
        return course.id();
    }

    private long versionOfEnrolment() {
        return progress.progress(code()).course().versionId();
    }

    private void readAllLessons() {
        for (int i = 0; i < course.lessons().size(); i++) {
            learning.lessonRead(code(), i);
        }
    }

    /** The course with a lesson about new rules put first. */
    private CourseContent withALessonFirst() {
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.addFirst(AuthoredCourses.newLesson("00-quy-dinh-moi"));
        return AuthoredCourses.withLessons(course, lessons);
    }

    @Test
    void a_learner_mid_course_is_moved_on_opening_the_next_lesson_and_keeps_the_lessons_read() {
        learning.lessonRead(code(), 0);
        learning.lessonRead(code(), 1);
        PublishedCourse corrected = publish(withALessonFirst(), true);

        // looking is not opening: still on the version they started
        assertThat(versionOfEnrolment()).isEqualTo(first.versionId());
        assertThat(corrections.notice(code())).isEmpty();

        CourseProgress opened = progress.openingLesson(code());
        assertThat(opened.course().versionId()).isEqualTo(corrected.versionId());
        assertThat(opened.lessonsRead()).containsExactly(1, 2); // the same two lessons, one further down
        assertThat(versionOfEnrolment()).isEqualTo(corrected.versionId());
        assertThat(corrections.notice(code()))
                .hasValueSatisfying(n -> assertThat(n.toRevision()).isEqualTo(corrected.revision()));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM enrolment_move m JOIN enrolment e ON e.id = m.enrolment_id"
                                + " WHERE e.course_code = ? AND m.person_id = e.person_id AND m.from_version_id = ?"
                                + " AND m.to_version_id = ? AND m.moved_at IS NOT NULL AND m.notice_seen_at IS NULL",
                        Long.class,
                        code(),
                        first.versionId(),
                        corrected.versionId()))
                .isEqualTo(1L);

        // a second opening moves nothing more
        progress.openingLesson(code());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM enrolment_move m JOIN enrolment e ON e.id = m.enrolment_id"
                                + " WHERE e.course_code = ?",
                        Long.class,
                        code()))
                .isEqualTo(1L);
    }

    @Test
    void a_lesson_the_correction_removes_is_dropped_and_a_lesson_it_adds_is_unread() {
        learning.lessonRead(code(), 0);
        learning.lessonRead(code(), 1);
        List<Lesson> lessons = new ArrayList<>(course.lessons());
        lessons.removeFirst();
        lessons.add(AuthoredCourses.newLesson("09-quy-dinh-moi"));
        publish(AuthoredCourses.withLessons(course, lessons), true);

        assertThat(progress.openingLesson(code()).lessonsRead()).containsExactly(0);
    }

    @Test
    void a_passed_learner_is_not_moved() {
        assertThat(Learners.passCourse(learning, catalog, code()).summary().passed())
                .isTrue();
        publish(withALessonFirst(), true);

        assertThat(progress.openingLesson(code()).course().versionId()).isEqualTo(first.versionId());
        assertThat(corrections.notice(code())).isEmpty();
    }

    @Test
    void a_normal_new_version_moves_nobody() {
        learning.lessonRead(code(), 0);
        PublishedCourse second = publish(withALessonFirst(), false);

        assertThat(progress.openingLesson(code()).course().versionId()).isEqualTo(first.versionId());
        assertThat(catalog.correctionFor(first.versionId())).isEmpty();
        assertThat(catalog.current(code()).orElseThrow().versionId()).isEqualTo(second.versionId());
    }

    @Test
    void an_attempt_under_way_is_finished_on_its_version_and_the_next_is_drawn_from_the_new_bank() {
        readAllLessons();
        QuestionScreen screen = learning.startOrResume(code());
        long before = screen.attemptId();
        learning.answer(
                before,
                0,
                screen.type() == QuestionType.ORDER
                        ? IntStream.range(0, screen.choices().size()).boxed().toList()
                        : List.of(0));
        BigDecimal pointsGiven = jdbc.queryForObject(
                "SELECT points FROM attempt_answer WHERE attempt_id = ? AND position = 0", BigDecimal.class, before);
        PublishedCourse corrected = publish(AuthoredCourses.withNewQuestionCodes(course, "moi-"), true);

        // opening a lesson or resuming during the attempt moves nobody
        assertThat(progress.openingLesson(code()).course().versionId()).isEqualTo(first.versionId());
        assertThat(learning.startOrResume(code()).attemptId()).isEqualTo(before);
        AttemptReport failed = Learners.failQuiz(learning, catalog, code());
        assertThat(failed.summary().id()).isEqualTo(before);
        assertThat(failed.course().versionId()).isEqualTo(first.versionId());
        assertThat(jdbc.queryForObject(
                        "SELECT points FROM attempt_answer WHERE attempt_id = ? AND position = 0",
                        BigDecimal.class,
                        before))
                .isEqualByComparingTo(pointsGiven);

        // the next attempt: moved first, drawn from the corrected bank
        long next = learning.startOrResume(code()).attemptId();
        QuizAttempt drawn = attempts.findById(next).orElseThrow();
        assertThat(drawn.getCourseVersionId()).isEqualTo(corrected.versionId());
        assertThat(drawn.questionCodes()).isNotEmpty().allMatch(c -> c.startsWith("moi-"));
        assertThat(versionOfEnrolment()).isEqualTo(corrected.versionId());
        assertThat(progress.progress(code()).lessonsRead())
                .hasSize(course.lessons().size());

        // the attempt before still reads as it was asked
        AttemptReport earlier = learning.report(before);
        assertThat(earlier.course().versionId()).isEqualTo(first.versionId());
        assertThat(earlier.questions())
                .hasSize(attempts.findById(before).orElseThrow().size());
    }

    @AfterEach
    void withdrawTheAppsCourses() {
        jdbc.update(
                "UPDATE course_version SET withdrawn_at = CURRENT_TIMESTAMP(6) WHERE course_code LIKE ?"
                        + " AND withdrawn_at IS NULL",
                AuthoredCourses.PREFIX + "%");
    }
}

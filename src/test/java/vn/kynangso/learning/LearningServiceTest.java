package vn.kynangso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.util.FileSystemUtils;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.learning.LearningException.Reason;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

@RecordApplicationEvents
class LearningServiceTest extends KaribuTest {

    static final String COURSE = "mua-sam-truc-tuyen";

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
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    private String newLearnerWhoReadEverything() {
        String phone = Learners.newResident(places, people, accounts);
        login(phone);
        int lessons = catalog.current(COURSE).orElseThrow().content().lessons().size();
        IntStream.range(0, lessons).forEach(i -> learning.lessonRead(COURSE, i));
        return phone;
    }

    private List<Integer> firstValidAnswer(QuestionScreen screen) {
        return switch (screen.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> List.of(0);
            case ORDER -> IntStream.range(0, screen.choices().size()).boxed().toList();
        };
    }

    /** The right answer to the question on screen, known from the course content (as a tutor would). */
    private List<Integer> rightAnswer(QuestionScreen screen) {
        Question question = catalog.current(COURSE).orElseThrow().content().questions().stream()
                .filter(q -> q.prompt().equals(screen.prompt()))
                .findFirst()
                .orElseThrow();
        return switch (screen.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE ->
                screen.choices().stream()
                        .filter(shown -> question.choices().stream()
                                .anyMatch(c -> c.correct() && c.text().equals(shown.text())))
                        .map(QuestionScreen.ShownChoice::shownIndex)
                        .toList();
            case ORDER ->
                question.choices().stream()
                        .map(step -> screen.choices().stream()
                                .filter(shown -> shown.text().equals(step.text()))
                                .findFirst()
                                .orElseThrow()
                                .shownIndex())
                        .toList();
        };
    }

    @Test
    void answering_twice_keeps_the_first_answer() {
        newLearnerWhoReadEverything();
        QuestionScreen first = learning.startOrResume(COURSE);
        QuestionScreen.Answered given = learning.answer(first.attemptId(), 0, firstValidAnswer(first));
        List<Integer> other = first.type() == QuestionType.ORDER ? given.given().reversed() : List.of(1);
        QuestionScreen.Answered again = learning.answer(first.attemptId(), 0, other);
        assertThat(again.given()).isEqualTo(given.given());
        assertThat(again.points()).isEqualByComparingTo(given.points());
    }

    @Test
    void a_repeated_answer_is_saved_once_even_when_malformed_or_after_handing_in() {
        newLearnerWhoReadEverything();
        QuestionScreen screen = learning.startOrResume(COURSE);
        long attempt = screen.attemptId();
        QuestionScreen.Answered given = learning.answer(attempt, 0, firstValidAnswer(screen));

        // a resent click whose answer no longer fits (another tab, a stale screen) still shows the first
        assertThat(learning.answer(attempt, 0, List.of(99)).given()).isEqualTo(given.given());
        for (int p = 1; p < screen.total(); p++) {
            learning.answer(attempt, p, rightAnswer(learning.question(attempt, p)));
        }
        learning.submit(attempt);
        assertThat(learning.answer(attempt, 0, firstValidAnswer(screen)).given())
                .isEqualTo(given.given());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ?", Long.class, attempt))
                .isEqualTo(screen.total());
    }

    @Test
    void handing_in_twice_gives_the_same_result_and_announces_it_once() {
        newLearnerWhoReadEverything();
        QuestionScreen screen = learning.startOrResume(COURSE);
        long attempt = screen.attemptId();
        for (int p = 0; p < screen.total(); p++) {
            learning.answer(attempt, p, rightAnswer(learning.question(attempt, p)));
        }
        AttemptReport first = learning.submit(attempt);
        AttemptReport second = learning.submit(attempt);
        assertThat(first.summary().passed()).isTrue();
        assertThat(second.summary()).isEqualTo(first.summary());
        assertThat(events.stream(QuizPassed.class).count()).isEqualTo(1);
    }

    @Test
    void an_attempt_is_kept_in_the_text_form_earlier_attempts_were_saved_in() {
        newLearnerWhoReadEverything();
        QuestionScreen screen = learning.startOrResume(COURSE);
        learning.answer(screen.attemptId(), 0, firstValidAnswer(screen));

        String response = jdbc.queryForObject(
                "SELECT response FROM attempt_answer WHERE attempt_id = ? AND position = 0",
                String.class,
                screen.attemptId());
        Map<String, Object> attempt = jdbc.queryForMap(
                "SELECT question_codes, display_orders FROM quiz_attempt WHERE id = ?", screen.attemptId());
        assertThat(response).matches("\\d+(,\\d+)*");
        assertThat((String) attempt.get("question_codes")).matches("[^,|]+(,[^,|]+){" + (screen.total() - 1) + "}");
        assertThat((String) attempt.get("display_orders"))
                .matches("\\d+(\\.\\d+)*(\\|\\d+(\\.\\d+)*){" + (screen.total() - 1) + "}");

        assertThat(learning.question(screen.attemptId(), 0))
                .isInstanceOfSatisfying(
                        QuestionScreen.Answered.class,
                        a -> assertThat(a.given()).isEqualTo(firstValidAnswer(screen)));
    }

    @Test
    void handing_in_with_questions_left_is_refused() {
        newLearnerWhoReadEverything();
        QuestionScreen screen = learning.startOrResume(COURSE);
        learning.answer(screen.attemptId(), 0, firstValidAnswer(screen));
        assertThatThrownBy(() -> learning.submit(screen.attemptId()))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.reason()).isEqualTo(Reason.QUESTIONS_LEFT));
    }

    @Test
    void a_malformed_answer_is_refused_and_nothing_is_saved() {
        newLearnerWhoReadEverything();
        QuestionScreen screen = learning.startOrResume(COURSE);
        assertThatThrownBy(() -> learning.answer(screen.attemptId(), 0, List.of(99)))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ANSWER));
        assertThat(learning.question(screen.attemptId(), 0)).isInstanceOf(QuestionScreen.Unanswered.class);
    }

    @Test
    void another_learners_attempt_cannot_be_read_or_answered() {
        newLearnerWhoReadEverything();
        QuestionScreen mine = learning.startOrResume(COURSE);
        login(Learners.newResident(places, people, accounts));
        assertThatThrownBy(() -> learning.question(mine.attemptId(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learning.answer(mine.attemptId(), 0, List.of(0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learning.report(mine.attemptId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_course_for_officials_does_not_exist_for_a_resident() {
        login(Learners.newResident(places, people, accounts));
        assertThatThrownBy(() -> learning.progress("can-bo-an-toan-thong-tin"))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_COURSE));
        assertThat(learning.myCatalog()).noneMatch(c -> c.code().startsWith("can-bo"));
    }

    @Test
    void an_official_sees_the_mandatory_courses() {
        login(Learners.newLearner(places, people, accounts, Roles.OFFICIAL));
        assertThat(learning.myProgress().requiredCourses())
                .extracting(MyProgress.CourseRow::code)
                .containsExactlyInAnyOrder(
                        "can-bo-an-toan-thong-tin", "can-bo-nen-tang-so-va-ai", "can-bo-luat-so-2026");
    }

    @Test
    void the_quiz_is_closed_before_the_lessons_are_read() {
        login(Learners.newResident(places, people, accounts));
        learning.lessonRead(COURSE, 0);
        assertThatThrownBy(() -> learning.startOrResume(COURSE))
                .isInstanceOfSatisfying(
                        LearningException.class, e -> assertThat(e.reason()).isEqualTo(Reason.QUIZ_CLOSED));
    }

    @Test
    void a_learner_keeps_the_version_they_started_when_the_content_changes() throws IOException {
        newLearnerWhoReadEverything();
        PublishedCourse started = learning.progress(COURSE).course();

        Path copy = temp.resolve("content");
        FileSystemUtils.copyRecursively(Path.of("content"), copy);
        Path lesson = copy.resolve("courses/" + COURSE + "/lessons")
                .resolve(started.content().lessons().getFirst().slug() + ".vi.md");
        Files.writeString(lesson, Files.readString(lesson) + "\nMột câu mới thêm vào bài.\n");
        SystemRunner.runAsSystem(() -> catalog.publishFrom(copy));

        PublishedCourse current = catalog.current(COURSE).orElseThrow();
        assertThat(current.revision()).isEqualTo(started.revision() + 1);
        assertThat(learning.progress(COURSE).course().versionId()).isEqualTo(started.versionId());

        login(Learners.newResident(places, people, accounts));
        assertThat(learning.progress(COURSE).course().versionId()).isEqualTo(current.versionId());
    }

    @AfterEach
    void publishTheRealContentAgain() {
        SystemRunner.runAsSystem(catalog::publishFromFiles);
    }
}

package vn.kynangso.classes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.TestArea;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.classes.ClassBoard.Row;
import vn.kynangso.classes.ClassSessions.Attendance;
import vn.kynangso.learning.CourseProgressService;
import vn.kynangso.learning.CourseStatus;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningException;
import vn.kynangso.learning.QuestionScreen;
import vn.kynangso.learning.QuizGate;

/**
 * During a session: the teacher starts and ends it, takes attendance with taps, opens and closes a
 * quiz the class waits for, and follows every student on the live board.
 */
class ClassSessionTest extends ClassKaribuTest {

    @Autowired
    ClassSessions sessions;

    @Autowired
    ClassQuizzes quizzes;

    @Autowired
    ClassBoard board;

    @Autowired
    CourseProgressService courseProgress;

    @Autowired
    JdbcTemplate jdbc;

    private SchoolClass aClass(String name) {
        return aClass("Trường THCS Buổi Học", "7", name);
    }

    private PublishedCourse aCourse() {
        return courses.assignable().getFirst();
    }

    private void readAll(String code) {
        int lessons = catalog.current(code).orElseThrow().content().lessons().size();
        for (int i = 0; i < lessons; i++) {
            learning.lessonRead(code, i);
        }
    }

    /** A valid answer to a question as shown, right or wrong: every step in the shown order, or the first choice. */
    private static List<Integer> anAnswer(QuestionScreen q) {
        List<Integer> shown =
                q.choices().stream().map(QuestionScreen.ShownChoice::shownIndex).toList();
        return q.type() == QuestionType.ORDER ? shown : List.of(shown.getFirst());
    }

    /** The board's poll, as the browser sends it every few seconds. */
    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Row> boardGrid() {
        return _get(Grid.class, spec -> spec.withId("board-grid"));
    }

    private static Row row(long person) {
        return GridKt._get(boardGrid(), index(person));
    }

    private static int index(long person) {
        Grid<Row> grid = boardGrid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).personId() == person) {
                return i;
            }
        }
        throw new AssertionError("no row for " + person);
    }

    @Test
    void the_teacher_starts_a_session_and_ends_it_and_starting_twice_keeps_the_one_running() {
        SchoolClass schoolClass = aClass("Lớp bắt đầu buổi");
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-session-state"))
                        .getText())
                .isEqualTo("Chưa có buổi học nào đang diễn ra.");

        _click(_get(Button.class, spec -> spec.withId("class-session-start")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("classes/" + schoolClass.id() + "/board");
        ClassSession running = sessions.current(schoolClass.id()).orElseThrow();
        assertThat(running.startedAt()).isBeforeOrEqualTo(clock.instant());
        assertThat(sessions.start(schoolClass.id())).isEqualTo(running);

        UI.getCurrent().navigate("classes/" + schoolClass.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-session-state"))
                        .getText())
                .isEqualTo("Buổi học đang diễn ra.");
        _click(_get(Button.class, spec -> spec.withId("class-session-end")));

        assertThat(sessions.current(schoolClass.id())).isEmpty();
        assertThat(sessions.latest(schoolClass.id()).orElseThrow().endedAt()).isNotNull();
        assertThat(_find(Button.class, spec -> spec.withId("class-session-start")))
                .hasSize(1);
    }

    @Test
    void those_who_learned_during_the_session_are_present_by_default_and_each_tap_is_saved_at_once() {
        SchoolClass schoolClass = aClass("Lớp điểm danh");
        String code = aCourse().code();
        Student before = aStudentIn(schoolClass);
        learning.lessonRead(code, 0); // before the session: does not count
        Student learner = aStudentIn(schoolClass);
        Student idle = aStudentIn(schoolClass);
        clock.advance(Duration.ofMinutes(1));
        login(TestArea.TEACHER);
        sessions.start(schoolClass.id());
        login(learner.login());
        courseProgress.lessonOpened(code, 0);

        login(TestArea.TEACHER);
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/attendance");
        assertThat(_get(Paragraph.class, spec -> spec.withId("attendance-count"))
                        .getText())
                .isEqualTo("Có mặt 1/3");
        assertThat(_get(Button.class, spec -> spec.withId("attendance-" + learner.person()))
                        .getText())
                .endsWith(": có mặt");
        assertThat(_get(Button.class, spec -> spec.withId("attendance-" + before.person()))
                        .getText())
                .endsWith(": vắng");

        _click(_get(Button.class, spec -> spec.withId("attendance-" + idle.person()))); // came without a phone
        _click(_get(Button.class, spec -> spec.withId("attendance-" + learner.person()))); // a mistake…
        _click(_get(Button.class, spec -> spec.withId("attendance-" + learner.person()))); // …put right

        assertThat(_get(Paragraph.class, spec -> spec.withId("attendance-count"))
                        .getText())
                .isEqualTo("Có mặt 2/3");
        assertThat(jdbc.queryForObject(
                        "SELECT present FROM class_attendance WHERE person_id = ?", Boolean.class, idle.person()))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT present FROM class_attendance WHERE person_id = ?", Boolean.class, learner.person()))
                .isTrue();

        sessions.end(schoolClass.id());
        login(before.login());
        clock.advance(Duration.ofMinutes(5));
        learning.lessonRead(code, 1); // after the session: changes nothing
        login(TestArea.TEACHER);
        assertThat(sessions.attendance(schoolClass.id()))
                .extracting(Attendance::personId, Attendance::present, Attendance::marked)
                .containsExactlyInAnyOrder(
                        tuple(before.person(), false, false),
                        tuple(learner.person(), true, true),
                        tuple(idle.person(), true, true));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM class_attendance a JOIN class_session s ON s.id = a.session_id"
                                + " WHERE s.class_id = ?",
                        Long.class,
                        schoolClass.id()))
                .isEqualTo(3);
    }

    @Test
    void a_quiz_the_teacher_opens_waits_for_them_and_closing_it_stops_new_attempts_but_not_one_under_way() {
        SchoolClass schoolClass = aClass("Lớp chờ mở bài");
        String code = aCourse().code();
        courses.assign(schoolClass.id(), code, null, true);
        Student early = aStudentIn(schoolClass);
        readAll(code);
        Student late = aStudentIn(schoolClass);
        readAll(code);

        login(early.login());
        assertThat(learning.progress(code).gate()).isInstanceOf(QuizGate.HeldByTeacher.class);
        UI.getCurrent().navigate("learn/" + code + "/quiz");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("learn/" + code);
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-why")).getText())
                .isEqualTo("Thầy cô chưa mở bài kiểm tra cho lớp bạn.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("course-gate")).getText())
                .startsWith("Thầy cô của lớp bạn chưa mở bài kiểm tra này.");
        assertThat(_get(Button.class, spec -> spec.withId("course-action")).isEnabled())
                .isFalse();

        login(TestArea.TEACHER);
        assertThatThrownBy(() -> quizzes.open(schoolClass.id(), code))
                .isInstanceOf(ClassException.class)
                .extracting(e -> ((ClassException) e).reason())
                .isEqualTo(ClassException.Reason.NO_SESSION);
        sessions.start(schoolClass.id());
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/board");
        assertThat(_get(Span.class, spec -> spec.withId("board-quiz-state-" + code))
                        .getText())
                .endsWith(": đang đóng");
        _click(_get(Button.class, spec -> spec.withId("board-quiz-" + code)));
        assertThat(_get(Span.class, spec -> spec.withId("board-quiz-state-" + code))
                        .getText())
                .endsWith(": đang mở");

        login(early.login());
        QuestionScreen first = learning.startOrResume(code);
        assertThat(first.position()).isZero();
        learning.answer(first.attemptId(), 0, anAnswer(first));

        login(TestArea.TEACHER);
        quizzes.close(schoolClass.id(), code);

        login(early.login()); // under way: finishes it
        assertThat(learning.startOrResume(code).attemptId()).isEqualTo(first.attemptId());
        login(late.login()); // not started: waits for the next opening
        assertThatThrownBy(() -> learning.startOrResume(code))
                .isInstanceOf(LearningException.class)
                .extracting(e -> ((LearningException) e).reason())
                .isEqualTo(LearningException.Reason.HELD_BY_TEACHER);

        login(TestArea.TEACHER);
        quizzes.open(schoolClass.id(), code);
        sessions.end(schoolClass.id()); // ending the session closes it too
        login(late.login());
        assertThat(learning.progress(code).gate()).isInstanceOf(QuizGate.HeldByTeacher.class);
    }

    @Test
    void a_course_given_without_the_tick_leaves_its_quiz_open_as_before() {
        SchoolClass schoolClass = aClass("Lớp tự do");
        String code = aCourse().code();
        courses.assign(schoolClass.id(), code, null);
        aStudentIn(schoolClass);
        readAll(code);
        assertThat(learning.progress(code).gate()).isInstanceOf(QuizGate.Open.class);
        login(TestArea.TEACHER);
        assertThatThrownBy(() -> {
                    sessions.start(schoolClass.id());
                    quizzes.open(schoolClass.id(), code);
                })
                .isInstanceOf(ClassException.class)
                .extracting(e -> ((ClassException) e).reason())
                .isEqualTo(ClassException.Reason.NOT_HELD);
    }

    @Test
    void the_board_shows_where_each_student_is_and_their_status_as_they_act() {
        SchoolClass schoolClass = aClass("Lớp bảng trực tiếp");
        PublishedCourse course = aCourse();
        String code = course.code();
        courses.assign(schoolClass.id(), code, null);
        long given = courses.assignments(schoolClass.id()).getFirst().id();
        Student reader = aStudentIn(schoolClass);
        Student quizzer = aStudentIn(schoolClass);
        readAll(code);
        Student absent = aStudentIn(schoolClass);

        login(TestArea.TEACHER);
        sessions.start(schoolClass.id());
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/board");
        assertThat(row(reader.person()).position()).isNull();
        assertThat(row(reader.person()).courses().get(given).status()).isEqualTo(CourseStatus.NOT_STARTED);

        login(reader.login());
        courseProgress.lessonOpened(code, 1);
        login(quizzer.login());
        QuestionScreen q = learning.startOrResume(code);
        learning.answer(q.attemptId(), 0, anAnswer(q));

        login(TestArea.TEACHER);
        assertThat(row(reader.person()).position()).isNull(); // not before the board's next refresh
        poll();
        Row readerRow = row(reader.person());
        assertThat(readerRow.position().lesson()).isEqualTo(2);
        assertThat(readerRow.position().lessonTitle().in(TranslationProvider.VIETNAMESE))
                .isEqualTo(course.content().lessons().get(1).title().in(TranslationProvider.VIETNAMESE));
        assertThat(readerRow.courses().get(given).status()).isEqualTo(CourseStatus.NOT_STARTED);
        Row quizzerRow = row(quizzer.person());
        assertThat(quizzerRow.position().question()).isEqualTo(2);
        assertThat(quizzerRow.position().questions()).isEqualTo(q.total());
        assertThat(quizzerRow.courses().get(given).status()).isEqualTo(CourseStatus.IN_PROGRESS);
        assertThat(row(absent.person()).position()).isNull();
        assertThat(GridKt._getFormattedRow(boardGrid(), index(quizzer.person())))
                .contains("Đang học");
        assertThat(GridKt._getFormattedRow(boardGrid(), index(reader.person()))).contains("Chưa học");
        assertThat(_find(Paragraph.class, spec -> spec.withId("board-help-" + reader.person())))
                .isEmpty();
    }

    @Test
    void a_student_without_progress_for_some_minutes_needs_help_and_comes_first() {
        SchoolClass schoolClass = aClass("Lớp cần giúp");
        String code = aCourse().code();
        courses.assign(schoolClass.id(), code, null);
        Student busy = aStudentIn(schoolClass);
        Student stuck = aStudentIn(schoolClass);
        login(TestArea.TEACHER);
        sessions.start(schoolClass.id());
        login(stuck.login());
        courseProgress.lessonOpened(code, 0);
        login(TestArea.TEACHER);
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/board");

        clock.advance(board.stuckAfter().minusSeconds(30));
        login(busy.login());
        learning.lessonRead(code, 0);
        login(TestArea.TEACHER);
        poll();
        assertThat(row(stuck.person()).needsHelp()).isNull();

        clock.advance(Duration.ofSeconds(31));
        poll();
        assertThat(row(stuck.person()).needsHelp()).isEqualTo(NeedsHelp.STUCK);
        assertThat(row(busy.person()).needsHelp()).isNull();
        assertThat(GridKt._get(boardGrid(), 0).personId()).isEqualTo(stuck.person());
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-help-" + stuck.person()))
                        .getText())
                .endsWith(": lâu không tiến triển");

        login(stuck.login());
        learning.lessonRead(code, 0); // moves on
        login(TestArea.TEACHER);
        poll();
        assertThat(row(stuck.person()).needsHelp()).isNull();
    }

    @Test
    void a_student_who_fails_the_quiz_twice_in_a_row_needs_help() {
        SchoolClass schoolClass = aClass("Lớp trượt hai lần");
        PublishedCourse course = aCourse();
        String code = course.code();
        courses.assign(schoolClass.id(), code, null);
        Student student = aStudentIn(schoolClass);
        readAll(code);
        login(TestArea.TEACHER);
        sessions.start(schoolClass.id());
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/board");

        login(student.login());
        assertThat(Learners.failQuiz(learning, catalog, code).summary().passed())
                .isFalse();
        login(TestArea.TEACHER);
        poll();
        assertThat(row(student.person()).needsHelp()).isNull();

        clock.advance(Duration.ofMinutes(course.content().assessment().retakeWaitMinutes() + 1L));
        login(student.login());
        readAll(code);
        assertThat(Learners.failQuiz(learning, catalog, code).summary().passed())
                .isFalse();
        login(TestArea.TEACHER);
        poll();
        assertThat(row(student.person()).needsHelp()).isEqualTo(NeedsHelp.FAILED_TWICE);
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-help-" + student.person()))
                        .getText())
                .endsWith(": trượt bài kiểm tra 2 lần liền");
    }

    @Test
    void an_admin_of_the_area_reads_the_board_and_attendance_but_changes_nothing() {
        SchoolClass schoolClass = aClass("Lớp được xem");
        String code = aCourse().code();
        courses.assign(schoolClass.id(), code, null, true);
        Student student = aStudentIn(schoolClass);
        login(TestArea.TEACHER);
        sessions.start(schoolClass.id());

        login(TestArea.ADMIN);
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/board");
        assertThat(_get(Span.class, spec -> spec.withId("board-quiz-state-" + code))
                        .getText())
                .endsWith(": đang đóng");
        assertThat(_find(Button.class, spec -> spec.withId("board-quiz-" + code)))
                .isEmpty();
        assertThat(GridKt._size(boardGrid())).isOne();
        UI.getCurrent().navigate("classes/" + schoolClass.id() + "/attendance");
        assertThat(_get(Button.class, spec -> spec.withId("attendance-" + student.person()))
                        .isEnabled())
                .isFalse();
        assertThatThrownBy(() -> quizzes.open(schoolClass.id(), code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.mark(schoolClass.id(), student.person(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.end(schoolClass.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.current(schoolClass.id())).isPresent();
    }
}

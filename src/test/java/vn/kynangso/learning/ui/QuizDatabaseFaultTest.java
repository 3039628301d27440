package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.kynangso.KaribuTest;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/**
 * The database holds up an answer (DD012): the learner is told it was not saved, the choice stays
 * in the form with the button ready to press again, nothing of it is written, and pressing again
 * once the database is free saves it.
 */
class QuizDatabaseFaultTest extends KaribuTest {

    static final String COURSE = "thanh-toan-truc-tuyen";

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
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void learner_at_the_first_question() {
        login(Learners.newResident(places, people, accounts));
        var course = catalog.current(COURSE).orElseThrow().content();
        IntStream.range(0, course.lessons().size()).forEach(i -> learning.lessonRead(COURSE, i));
        UI.getCurrent().navigate("learn/" + COURSE + "/quiz");
    }

    @Test
    void an_answer_held_up_by_a_locked_attempt_is_not_saved_and_stays_in_the_form() throws SQLException {
        Object chosen = choose();
        long attempt;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // another transaction holds the attempt's row, longer than innodb_lock_wait_timeout
            try (ResultSet rs = other.createStatement()
                    .executeQuery("SELECT id FROM quiz_attempt ORDER BY id DESC LIMIT 1 FOR UPDATE")) {
                rs.next();
                attempt = rs.getLong(1);
            }
            long started = System.nanoTime();
            pressAnswer();
            long waited = (System.nanoTime() - started) / 1_000_000;
            other.rollback();

            assertThat(waited).as("gives up within the lock wait limit").isLessThan(15_000);
        }

        expectNotifications(UI.getCurrent().getTranslation("error.database.busy"));
        assertThat(currentChoice()).as("the choice stays").isEqualTo(chosen);
        assertThat(_get(Button.class, spec -> spec.withId("quiz-answer")).isEnabled())
                .as("ready to press again")
                .isTrue();
        assertThat(answersOf(attempt)).as("nothing half-written").isZero();

        Button held = _get(Button.class, spec -> spec.withId("quiz-answer"));
        pressAnswer(); // the database is free again
        assertThat(_find(Paragraph.class, spec -> spec.withId("quiz-verdict"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("quiz-answer")))
                .as("only the next question's, sent along")
                .doesNotContain(held);
        assertThat(answersOf(attempt)).isEqualTo(1);
    }

    /** Presses "Answer" as the browser would: a failure goes to the session's error handler. */
    private void pressAnswer() {
        Button answer = _get(Button.class, spec -> spec.withId("quiz-answer"));
        Throwable failure = catchThrowable(() -> _click(answer));
        if (failure != null) {
            answer.setEnabled(false); // disable-on-click, done in the browser: Karibu clicks enabled buttons only
            VaadinSession.getCurrent()
                    .getErrorHandler()
                    .error(new ErrorEvent(failure, answer.getElement().getNode()));
        }
    }

    /** What the form holds: the choice made, or the order of the steps. */
    private Object currentChoice() {
        var order = _find(OrderSteps.class, spec -> spec.withId("quiz-order"));
        if (!order.isEmpty()) {
            return order.getFirst().steps().stream().map(s -> s.text().vi()).toList();
        }
        return _get(ChoiceGroup.class, spec -> spec.withId("quiz-choices")).ticked();
    }

    /** Picks the first choice shown, whatever the kind of question (an order question is answered as shown). */
    private Object choose() {
        if (!_find(OrderSteps.class, spec -> spec.withId("quiz-order")).isEmpty()) {
            return currentChoice();
        }
        ChoiceGroup group = _get(ChoiceGroup.class, spec -> spec.withId("quiz-choices"));
        group.tick(List.of(group.choices().getFirst()));
        return group.ticked();
    }

    private int answersOf(long attempt) {
        return jdbc.sql("SELECT COUNT(*) FROM attempt_answer WHERE attempt_id = ?")
                .param(attempt)
                .query(Integer.class)
                .single();
    }
}

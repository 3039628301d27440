package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import vn.kynangso.classes.ClassBoard.Board;
import vn.kynangso.classes.ClassCourses.ClassCourse;
import vn.kynangso.classes.ClassException;

/**
 * On the board, the quizzes the teacher opens in class: each says whether it is open, and its teacher
 * opens or closes it with one tap while a session runs.
 */
final class QuizControls extends Div {

    private final BiConsumer<String, Boolean> toggle;

    QuizControls(BiConsumer<String, Boolean> toggle) {
        this.toggle = toggle;
        setId("board-quizzes");
        addClassName("kns-board-quizzes");
    }

    void show(Board board) {
        removeAll();
        Set<String> shown = new HashSet<>(); // a course given to several groups: one quiz to open
        for (ClassCourse c : board.courses()) {
            if (!c.quizByTeacher() || !shown.add(c.courseCode())) {
                continue;
            }
            Span state = new Span(getTranslation(
                    c.quizOpen() ? "classes.board.quiz.open" : "classes.board.quiz.closed", c.title(getLocale())));
            state.setId("board-quiz-state-" + c.courseCode());
            Div row = new Div(state);
            row.addClassName("kns-board-quiz");
            if (board.mayChange() && board.session() != null) {
                Button button = new Button(
                        getTranslation(c.quizOpen() ? "classes.board.quiz.close" : "classes.board.quiz.start"));
                button.setId("board-quiz-" + c.courseCode());
                button.addThemeVariants(ButtonVariant.LUMO_LARGE);
                button.addThemeVariants(c.quizOpen() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
                button.addClickListener(e -> {
                    try {
                        toggle.accept(c.courseCode(), !c.quizOpen());
                    } catch (ClassException ex) {
                        Notification.show(getTranslation(ex.reason().translationKey()))
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
                row.add(button);
            }
            add(row);
        }
    }
}

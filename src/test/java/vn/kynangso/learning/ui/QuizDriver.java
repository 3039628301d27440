package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Question;
import vn.kynangso.learning.QuestionScreen.ShownChoice;

/**
 * Answers the question on screen the way a learner taps it, rightly or wrongly, knowing the
 * answers from the course content (as a tutor would) — the screen itself never says.
 */
final class QuizDriver {

    private final CourseContent course;

    QuizDriver(CourseContent course) {
        this.course = course;
    }

    /** The question on screen, found by its prompt. */
    Question current() {
        String prompt = _get(H2.class, spec -> spec.withId("quiz-prompt")).getText();
        return course.questions().stream()
                .filter(q -> q.prompt().vi().equals(prompt))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No question with prompt " + prompt));
    }

    /** Gives the right (or a wrong) answer and presses "Answer". */
    void answer(boolean right) {
        Question question = current();
        Set<String> correct = question.choices().stream()
                .filter(Choice::correct)
                .map(c -> c.text().vi())
                .collect(Collectors.toSet());
        switch (question.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> {
                ChoiceGroup group = _get(ChoiceGroup.class, spec -> spec.withId("quiz-choices"));
                List<ShownChoice> pick = group.choices().stream()
                        .filter(c -> correct.contains(c.text().vi()) == right)
                        .toList();
                group.tick(group.multiple() ? pick : List.of(pick.getFirst()));
            }
            case ORDER -> {
                OrderSteps steps = _get(OrderSteps.class, spec -> spec.withId("quiz-order"));
                if (right) {
                    List<String> wanted =
                            question.choices().stream().map(c -> c.text().vi()).toList();
                    for (int target = 0; target < wanted.size(); target++) {
                        List<String> now = new ArrayList<>(
                                steps.steps().stream().map(s -> s.text().vi()).toList());
                        steps.move(now.indexOf(wanted.get(target)), target);
                    }
                } // the shown order is never the right one, so leaving it is a wrong answer
            }
        }
        _click(_get(Button.class, spec -> spec.withId("quiz-answer")));
    }

    /** Presses "Next question" or, on the last question, "Hand in". */
    void next() {
        List<Component> next = _find(Component.class, spec -> spec.withId("quiz-next"));
        if (next.isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("quiz-submit")));
        } else if (next.getFirst() instanceof Button asking) {
            _click(asking); // the next question was not sent along: the server shows it
        } // else the browser shows the question that came with the feedback: nothing for the server
    }

    /** Answers every remaining question and hands in. */
    void answerAll(boolean right) {
        while (true) {
            answer(right);
            boolean last =
                    _find(Button.class, spec -> spec.withId("quiz-submit")).size() == 1;
            next();
            if (last) {
                return;
            }
        }
    }
}

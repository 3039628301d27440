package vn.kynangso.learning;

import java.math.BigDecimal;
import java.util.List;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.catalog.Text;

/**
 * One question of an attempt as the screen may show it. An {@link Unanswered} question carries no
 * correctness and no feedback at all, so none can reach the browser before the learner answers.
 */
public sealed interface QuestionScreen {

    long attemptId();

    int position();

    int total();

    QuestionType type();

    Text prompt();

    /** The answers (or steps) in the order shown; {@code shownIndex} is what the screen sends back. */
    List<ShownChoice> choices();

    record ShownChoice(int shownIndex, Text text) {}

    record Unanswered(
            long attemptId, int position, int total, QuestionType type, Text prompt, List<ShownChoice> choices)
            implements QuestionScreen {}

    /**
     * An answered question with its feedback.
     *
     * @param given what the learner gave, as shown indices (for ORDER: the steps in their order)
     * @param feedback one entry per shown choice, in shown order
     */
    record Answered(
            long attemptId,
            int position,
            int total,
            QuestionType type,
            Text prompt,
            List<ShownChoice> choices,
            List<Integer> given,
            BigDecimal points,
            List<ChoiceFeedback> feedback)
            implements QuestionScreen {

        public boolean fullyRight() {
            return points.compareTo(BigDecimal.ONE) >= 0;
        }
    }

    /**
     * @param right for SINGLE/MULTIPLE/TRUE_FALSE: this choice is a right answer; for ORDER: the learner
     *     put this step in its right place
     * @param chosen the learner picked it (ORDER: always true)
     * @param rightPosition ORDER: 1-based place this step belongs in; 0 otherwise
     */
    record ChoiceFeedback(int shownIndex, Text text, boolean right, boolean chosen, Text feedback, int rightPosition) {}
}

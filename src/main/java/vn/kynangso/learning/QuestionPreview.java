package vn.kynangso.learning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;

/**
 * A question played as a learner meets it in a quiz, for the trainer who writes it: shown in an
 * attempt's order, graded by the quiz's rules, explained with its feedback. Nothing is stored.
 */
public final class QuestionPreview {

    private QuestionPreview() {}

    /** The order a quiz would show the answers in (original indices), the same for the same seed. */
    public static List<Integer> order(Question question, long seed) {
        return QuizDraw.displayOrder(question, new Random(seed));
    }

    /** The question unanswered, as the quiz screen shows it. */
    public static QuestionScreen.Unanswered ask(Question question, List<Integer> order) {
        return (QuestionScreen.Unanswered) QuestionScreens.of(question, order, 0, 0, 1, null, null);
    }

    /** The question answered with {@code shown} (indices as shown), graded and explained. */
    public static QuestionScreen.Answered answer(Question question, List<Integer> order, List<Integer> shown) {
        List<Integer> response = shown.stream().map(order::get).toList();
        boolean gradable = question.type() != QuestionType.MULTIPLE || question.correctCount() > 0;
        BigDecimal points =
                gradable && Grading.valid(question, response) ? Grading.points(question, response) : BigDecimal.ZERO;
        return (QuestionScreen.Answered) QuestionScreens.of(question, order, 0, 0, 1, response, points);
    }
}

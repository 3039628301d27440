package vn.kynangso.learning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;
import vn.kynangso.learning.LearningStore.SavedAnswer;
import vn.kynangso.learning.QuestionScreen.Answered;
import vn.kynangso.learning.QuestionScreen.ChoiceFeedback;
import vn.kynangso.learning.QuestionScreen.ShownChoice;
import vn.kynangso.learning.QuestionScreen.Unanswered;

/**
 * What a learner may see of a question of their attempt: its answers in the attempt's order, and
 * only once it is answered, what was right and why.
 */
final class QuestionScreens {

    private QuestionScreens() {}

    static QuestionScreen of(Question question, QuizAttempt attempt, int position, @Nullable SavedAnswer answer) {
        return of(
                question,
                attempt.displayOrder(position),
                attempt.getId(),
                position,
                attempt.size(),
                answer == null ? null : answer.response(),
                answer == null ? null : answer.points());
    }

    /**
     * A question shown in {@code order} (original indices), unanswered or with the {@code response}
     * given (original indices) and its points.
     */
    static QuestionScreen of(
            Question question,
            List<Integer> order,
            long attemptId,
            int position,
            int total,
            @Nullable List<Integer> response,
            @Nullable BigDecimal points) {
        List<ShownChoice> shown = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            shown.add(new ShownChoice(s, question.choices().get(order.get(s)).text()));
        }
        if (response == null || points == null) {
            return new Unanswered(attemptId, position, total, question.type(), question.prompt(), shown);
        }
        List<Integer> given = response.stream().map(order::indexOf).toList();
        List<ChoiceFeedback> feedback = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
            int original = order.get(s);
            Choice choice = question.choices().get(original);
            boolean chosen = response.contains(original);
            boolean right =
                    question.type() == QuestionType.ORDER ? response.indexOf(original) == original : choice.correct();
            int rightPosition = question.type() == QuestionType.ORDER ? original + 1 : 0;
            feedback.add(new ChoiceFeedback(s, choice.text(), right, chosen, choice.feedback(), rightPosition));
        }
        return new Answered(
                attemptId, position, total, question.type(), question.prompt(), shown, given, points, feedback);
    }
}

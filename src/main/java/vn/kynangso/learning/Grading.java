package vn.kynangso.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;

/**
 * Scoring, one point per question (content/README.md): SINGLE and TRUE_FALSE all or nothing;
 * MULTIPLE partial credit (right ticked − wrong ticked) ÷ right answers, never below 0; ORDER
 * all steps in place or nothing.
 */
final class Grading {

    private Grading() {}

    /** Points for a response given as original choice indices (ORDER: the learner's order). */
    static BigDecimal points(Question question, List<Integer> response) {
        List<Choice> choices = question.choices();
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE ->
                response.size() == 1 && choices.get(response.getFirst()).correct() ? BigDecimal.ONE : BigDecimal.ZERO;
            case MULTIPLE -> {
                Set<Integer> ticked = new HashSet<>(response);
                long right =
                        ticked.stream().filter(i -> choices.get(i).correct()).count();
                long wrong = ticked.size() - right;
                long max = question.correctCount();
                yield BigDecimal.valueOf(Math.max(0, right - wrong))
                        .divide(BigDecimal.valueOf(max), 3, RoundingMode.HALF_UP);
            }
            case ORDER ->
                response.equals(IntStream.range(0, choices.size()).boxed().toList()) ? BigDecimal.ONE : BigDecimal.ZERO;
        };
    }

    /** Whether a response is well-formed for the question (indices in range, right count, no repeats). */
    static boolean valid(Question question, List<Integer> response) {
        int n = question.choices().size();
        if (response.stream().anyMatch(i -> i < 0 || i >= n) || new HashSet<>(response).size() != response.size()) {
            return false;
        }
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE -> response.size() == 1;
            case MULTIPLE -> !response.isEmpty();
            case ORDER -> response.size() == n;
        };
    }

    /** Percent of the maximum, rounded down so a learner never passes on rounding. */
    static int percent(BigDecimal score, int max) {
        if (max == 0) {
            return 0;
        }
        return score.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(max), 0, RoundingMode.FLOOR)
                .intValue();
    }
}

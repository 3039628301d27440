package vn.kynangso.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import vn.kynangso.catalog.CourseContent;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;

/**
 * Draws an attempt's questions from a course's bank, and the order each question's answers are
 * shown in: true/false as written; ordering questions never in their right order.
 */
final class QuizDraw {

    /** The questions drawn, by code, and per question the original choice indices in the order shown. */
    record Drawn(List<String> questionCodes, List<List<Integer>> displayOrders) {}

    private QuizDraw() {}

    /**
     * The order a question's answers are shown in, as original indices: shuffled, true/false always
     * "true" first, and an ORDER question never already in its right order.
     */
    static List<Integer> displayOrder(Question question, Random random) {
        List<Integer> order = new ArrayList<>(
                IntStream.range(0, question.choices().size()).boxed().toList());
        if (question.type() != QuestionType.TRUE_FALSE) {
            List<Integer> identity = List.copyOf(order);
            do {
                Collections.shuffle(order, random);
            } while (question.type() == QuestionType.ORDER && order.size() > 1 && order.equals(identity));
        }
        return List.copyOf(order);
    }

    static Drawn draw(CourseContent course, Random random) {
        List<Question> bank = new ArrayList<>(course.questions());
        Collections.shuffle(bank, random);
        List<Question> drawn =
                bank.subList(0, Math.min(bank.size(), course.assessment().questionsPerAttempt()));
        List<List<Integer>> orders = new ArrayList<>();
        for (Question question : drawn) {
            orders.add(displayOrder(question, random));
        }
        return new Drawn(drawn.stream().map(Question::code).toList(), List.copyOf(orders));
    }
}

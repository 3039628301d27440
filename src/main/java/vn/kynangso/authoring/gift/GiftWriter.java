package vn.kynangso.authoring.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.kynangso.catalog.Choice;
import vn.kynangso.catalog.Question;
import vn.kynangso.catalog.QuestionType;

/**
 * Writes a question bank as GIFT in one language, for Moodle and for {@link GiftReader}: each
 * question titled with its code, texts as {@code [plain]} with GIFT's characters escaped, feedback
 * on every answer, tick-all questions with equal partial credit, true/false with both feedbacks.
 * Ordering questions, which GIFT lacks, are written as comment lines after {@code // @kns-order}
 * (Moodle skips them, {@link GiftReader} reads them), scenarios marked {@code // @kns-scenario}.
 */
public final class GiftWriter {

    private GiftWriter() {}

    /**
     * The questions as a GIFT text, one question per paragraph.
     *
     * @param questions the bank, in the order to write
     * @param scenarioCodes codes of the questions that are scenarios
     * @param language the language written (English for "en-*", else Vietnamese); a text empty in
     *     that language is written empty
     */
    public static String write(List<Question> questions, Set<String> scenarioCodes, Locale language) {
        StringBuilder out = new StringBuilder();
        for (Question question : questions) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (scenarioCodes.contains(question.code())) {
                out.append("// ").append(GiftReader.SCENARIO_MARK).append('\n');
            }
            boolean order = question.type() == QuestionType.ORDER;
            String written = question(question, language, order);
            if (order) {
                out.append("// ").append(GiftReader.ORDER_MARK).append('\n');
                written.lines().forEach(line -> out.append("// ").append(line).append('\n'));
            } else {
                out.append(written);
            }
        }
        return out.toString();
    }

    private static String question(Question question, Locale language, boolean order) {
        StringBuilder out = new StringBuilder()
                .append("::")
                .append(GiftText.escape(question.code(), order))
                .append(":: [plain]")
                .append(GiftText.escape(question.prompt().in(language), order));
        List<Choice> choices = question.choices();
        if (question.type() == QuestionType.TRUE_FALSE) {
            return out.append(trueFalse(choices, language)).append('\n').toString();
        }
        out.append(" {\n");
        String[] weights = weights(question);
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            out.append(weights[i]).append(GiftText.escapeChoice(choice.text().in(language), order));
            String feedback = choice.feedback().in(language);
            if (!feedback.isEmpty()) {
                out.append(" #").append(GiftText.escapeChoice(feedback, order));
            }
            out.append('\n');
        }
        return out.append("}\n").toString();
    }

    /**
     * What starts each answer: {@code =} or {@code ~} for pick-one, {@code >} for a step, and for
     * tick-all a weight: each right answer an equal share of 100 (the last takes the rounding, so
     * they add up to 100), each wrong one minus a share, which is how this product scores it.
     */
    private static String[] weights(Question question) {
        List<Choice> choices = question.choices();
        String[] weights = new String[choices.size()];
        long right = question.correctCount();
        BigDecimal share = right == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(100).divide(BigDecimal.valueOf(right), 5, RoundingMode.HALF_UP);
        BigDecimal last = BigDecimal.valueOf(100).subtract(share.multiply(BigDecimal.valueOf(right - 1)));
        long seen = 0;
        for (int i = 0; i < choices.size(); i++) {
            boolean correct = choices.get(i).correct();
            weights[i] = switch (question.type()) {
                case ORDER -> ">";
                case MULTIPLE -> {
                    if (!correct) {
                        yield "~%" + number(share.negate()) + "%";
                    }
                    yield "~%" + number(++seen == right ? last : share) + "%";
                }
                default -> correct ? "=" : "~";
            };
        }
        return weights;
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * {@code {T#feedback if wrong#feedback if right}}: for a true statement the wrong answer is
     * "False", whose feedback this product keeps on its second choice.
     */
    private static String trueFalse(List<Choice> choices, Locale language) {
        boolean statementTrue = choices.getFirst().correct();
        String ifTrue = choices.get(0).feedback().in(language);
        String ifFalse = choices.get(1).feedback().in(language);
        String ifWrong = statementTrue ? ifFalse : ifTrue;
        String ifRight = statementTrue ? ifTrue : ifFalse;
        return " {" + (statementTrue ? "T" : "F") + "#" + GiftText.escapeChoice(ifWrong, false) + "#"
                + GiftText.escapeChoice(ifRight, false) + "}";
    }
}

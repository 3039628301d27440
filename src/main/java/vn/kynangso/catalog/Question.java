package vn.kynangso.catalog;

import java.util.List;

/** A question of a course's bank. Correctness and feedback never leave the server unanswered. */
public record Question(String code, QuestionType type, Text prompt, List<Choice> choices) {

    /** How many choices are right (for MULTIPLE partial credit). */
    public long correctCount() {
        return choices.stream().filter(Choice::correct).count();
    }
}

package vn.kynangso.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a question bank looks like from outside, without reading it: how often the right answer is
 * simply the longest one, how the true/false questions are keyed, and how many questions are
 * scenarios. A bank that a learner can pass by picking the longest answer, or by always saying
 * "false", tests nothing; the two limits below decide when the trainers' check warns.
 *
 * @param questions every question of the bank
 * @param choice SINGLE and MULTIPLE questions
 * @param longestRight of those, the ones whose longest answer is a right one (see {@link #longestIsRight})
 * @param single SINGLE questions
 * @param singleLongestRight of those, the ones whose longest answer is the right one
 * @param trueFalse TRUE_FALSE questions
 * @param keyedTrue of those, the ones whose statement is true
 * @param scenario questions marked {@code scenario: true}
 */
record QuestionBankStats(
        int questions,
        int choice,
        int longestRight,
        int single,
        int singleLongestRight,
        int trueFalse,
        int keyedTrue,
        int scenario) {

    /** Warn when the right answer is the longest in more than this share of the choice questions. */
    static final int LONGEST_RIGHT_MAX_PERCENT = 40;

    /** ... but only from this many choice questions on (below it, one question swings the share). */
    static final int LONGEST_RIGHT_MIN_QUESTIONS = 5;

    /** Warn when one key (true or false) answers more than this share of the true/false questions. */
    static final int TRUE_FALSE_MAX_PERCENT = 70;

    /** ... but only from this many true/false questions on. */
    static final int TRUE_FALSE_MIN_QUESTIONS = 4;

    static final QuestionBankStats NONE = new QuestionBankStats(0, 0, 0, 0, 0, 0, 0, 0);

    static QuestionBankStats of(List<Question> questions, Set<String> scenarioCodes) {
        int choice = 0;
        int longestRight = 0;
        int single = 0;
        int singleLongestRight = 0;
        int trueFalse = 0;
        int keyedTrue = 0;
        int scenario = 0;
        for (Question question : questions) {
            switch (question.type()) {
                case SINGLE, MULTIPLE -> {
                    choice++;
                    boolean longest = longestIsRight(question);
                    if (longest) {
                        longestRight++;
                    }
                    if (question.type() == QuestionType.SINGLE) {
                        single++;
                        if (longest) {
                            singleLongestRight++;
                        }
                    }
                }
                case TRUE_FALSE -> {
                    trueFalse++;
                    // stored as two choices, "true" first; the first is right when the statement is true
                    if (question.choices().getFirst().correct()) {
                        keyedTrue++;
                    }
                }
                case ORDER -> {
                    // no answer to give away by its length or key
                }
            }
            if (scenarioCodes.contains(question.code())) {
                scenario++;
            }
        }
        return new QuestionBankStats(
                questions.size(), choice, longestRight, single, singleLongestRight, trueFalse, keyedTrue, scenario);
    }

    /**
     * Whether the longest answer gives the question away: no wrong answer is longer than the
     * longest right one, counted in characters of the Vietnamese text (what most learners read). A
     * tie counts: picking "one of the longest" still narrows the guess.
     */
    static boolean longestIsRight(Question question) {
        int right = 0;
        int wrong = 0;
        for (Choice choice : question.choices()) {
            int length = length(choice.text().vi());
            if (choice.correct()) {
                right = Math.max(right, length);
            } else {
                wrong = Math.max(wrong, length);
            }
        }
        return right >= wrong;
    }

    private static int length(String text) {
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length());
    }

    int keyedFalse() {
        return trueFalse - keyedTrue;
    }

    /** Percent of the choice questions whose right answer is the longest (0 when there are none). */
    int longestRightPercent() {
        return percent(longestRight, choice);
    }

    /** Percent of the true/false questions keyed by the more frequent key (0 when there are none). */
    int trueFalseMajorityPercent() {
        return percent(Math.max(keyedTrue, keyedFalse()), trueFalse);
    }

    int scenarioPercent() {
        return percent(scenario, questions);
    }

    boolean longestRightTooOften() {
        return choice >= LONGEST_RIGHT_MIN_QUESTIONS && longestRight * 100 > LONGEST_RIGHT_MAX_PERCENT * choice;
    }

    boolean trueFalseUnbalanced() {
        return trueFalse >= TRUE_FALSE_MIN_QUESTIONS
                && Math.max(keyedTrue, keyedFalse()) * 100 > TRUE_FALSE_MAX_PERCENT * trueFalse;
    }

    QuestionBankStats plus(QuestionBankStats other) {
        return new QuestionBankStats(
                questions + other.questions,
                choice + other.choice,
                longestRight + other.longestRight,
                single + other.single,
                singleLongestRight + other.singleLongestRight,
                trueFalse + other.trueFalse,
                keyedTrue + other.keyedTrue,
                scenario + other.scenario);
    }

    static QuestionBankStats sum(Collection<QuestionBankStats> banks) {
        return banks.stream().reduce(NONE, QuestionBankStats::plus);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 100f / whole);
    }
}

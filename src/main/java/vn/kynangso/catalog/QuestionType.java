package vn.kynangso.catalog;

/** How a question is answered; see content/README.md for the scoring of each. */
public enum QuestionType {
    /** Pick the one right answer. */
    SINGLE,
    /** Tick every right answer; partial credit. */
    MULTIPLE,
    /** Say whether a statement is true; stored as two choices, "true" first. */
    TRUE_FALSE,
    /** Put the steps in order; choices are stored in the right order. */
    ORDER
}

package vn.kynangso.catalog;

/**
 * One answer of a question (or one step of an ORDER question, where {@code correct} is unused and
 * the list order is the right order), with the feedback shown once the learner has answered.
 */
public record Choice(Text text, boolean correct, Text feedback) {}

package vn.kynangso.catalog;

/**
 * A course's quiz rules: pass mark in percent of points, questions drawn per attempt, and what a
 * learner must do after failing before trying again.
 */
public record Assessment(int passMark, int questionsPerAttempt, int retakeWaitMinutes, boolean reviewLessons) {}

package vn.kynangso.learning;

import java.time.Instant;

/** A learner passed a course's assessment. */
public record QuizPassed(long personId, String courseCode, long courseVersionId, long attemptId, Instant at) {}

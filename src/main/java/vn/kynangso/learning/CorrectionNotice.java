package vn.kynangso.learning;

import java.time.Instant;

/**
 * The signed-in learner was moved onto a correction of a course they were taking and has not been
 * told yet: their lessons read were kept.
 */
public record CorrectionNotice(String courseCode, int fromRevision, int toRevision, Instant movedAt) {}

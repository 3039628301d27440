package vn.kynangso.learning;

/**
 * A reason, kept by another feature, to hold a course's quiz closed for a learner for now: a class
 * whose teacher opens the quiz during a session. Features that keep such a reason implement it;
 * {@link QuizGate} asks every one (learning reads none of their tables).
 */
public interface QuizHold {

    /** Whether this learner may not start a new attempt at this course's quiz now. */
    boolean holds(long personId, String courseCode);
}

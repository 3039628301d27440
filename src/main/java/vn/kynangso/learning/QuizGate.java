package vn.kynangso.learning;

import java.time.Instant;
import java.util.List;

/** Whether the learner may start (or resume) the assessment now, and if not, why. */
public sealed interface QuizGate {

    /** Go ahead. */
    record Open() implements QuizGate {}

    /** These lessons (0-based) are not read to the end yet. */
    record LessonsToRead(List<Integer> lessons) implements QuizGate {}

    /** After a failed attempt the course asks to wait until then. */
    record WaitUntil(Instant until) implements QuizGate {}

    /** After a failed attempt the course asks to read these lessons (0-based) again first. */
    record ReviewLessons(List<Integer> lessons) implements QuizGate {}

    /** Already passed; nothing more to do. */
    record AlreadyPassed() implements QuizGate {}

    default boolean isOpen() {
        return this instanceof Open;
    }
}

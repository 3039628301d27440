package vn.kynangso.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Assessment;
import vn.kynangso.learning.CourseProgress.AttemptSummary;

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

    /** The learner's class teacher opens this quiz during a session, and has not opened it (or closed it). */
    record HeldByTeacher() implements QuizGate {}

    default boolean isOpen() {
        return this instanceof Open;
    }

    /**
     * The one rule for opening the quiz: once passed, nothing more to do; an attempt under way is
     * resumed; every lesson must be read first; after a failed attempt the course's retake rules
     * apply (wait its minutes, then read again the lessons not read since the failure); and a quiz
     * held by a class's teacher stays closed until the teacher opens it. An attempt under way is
     * finished even when the teacher closes the quiz meanwhile: its answers are saved as they come
     * and a student stopped halfway would lose them; only new attempts wait for the teacher.
     *
     * @param lessons how many lessons the course has
     * @param lastRead when each lesson read (0-based) was last read
     * @param passedAt when the learner passed, or null
     * @param attempts the learner's attempts, in order
     * @param now the moment to judge at
     * @param held a {@link QuizHold} holds the quiz closed for this learner now
     */
    static QuizGate of(
            Assessment rules,
            int lessons,
            Map<Integer, Instant> lastRead,
            @Nullable Instant passedAt,
            List<AttemptSummary> attempts,
            Instant now,
            boolean held) {
        if (passedAt != null) {
            return new AlreadyPassed();
        }
        if (attempts.stream().anyMatch(a -> a.submittedAt() == null)) {
            return new Open();
        }
        List<Integer> unread = IntStream.range(0, lessons)
                .filter(i -> !lastRead.containsKey(i))
                .boxed()
                .toList();
        if (!unread.isEmpty()) {
            return new LessonsToRead(unread);
        }
        Optional<Instant> lastFailure = attempts.stream()
                .filter(a -> a.submittedAt() != null && !a.passed())
                .reduce((a, b) -> b)
                .map(AttemptSummary::submittedAt);
        if (lastFailure.isPresent()) {
            Instant failedAt = lastFailure.get();
            Instant until = failedAt.plusSeconds(60L * rules.retakeWaitMinutes());
            if (now.isBefore(until)) {
                return new WaitUntil(until);
            }
            if (rules.reviewLessons()) {
                List<Integer> toReview = IntStream.range(0, lessons)
                        .filter(i -> !lastRead.get(i).isAfter(failedAt))
                        .boxed()
                        .toList();
                if (!toReview.isEmpty()) {
                    return new ReviewLessons(toReview);
                }
            }
        }
        return held ? new HeldByTeacher() : new Open();
    }

    /** {@link #of} when nothing holds the quiz. */
    static QuizGate of(
            Assessment rules,
            int lessons,
            Map<Integer, Instant> lastRead,
            @Nullable Instant passedAt,
            List<AttemptSummary> attempts,
            Instant now) {
        return of(rules, lessons, lastRead, passedAt, attempts, now, false);
    }
}

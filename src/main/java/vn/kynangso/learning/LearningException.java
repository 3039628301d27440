package vn.kynangso.learning;

import java.util.Locale;

/** A learning step that cannot be done now; {@link #reason()} maps to a translated message. */
public class LearningException extends RuntimeException {

    public enum Reason {
        NOT_A_LEARNER,
        NO_SUCH_COURSE,
        QUIZ_CLOSED,
        /** The class's teacher has not opened the quiz yet (or closed it). */
        HELD_BY_TEACHER,
        INVALID_ANSWER,
        QUESTIONS_LEFT;

        public String translationKey() {
            return "learning.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public LearningException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

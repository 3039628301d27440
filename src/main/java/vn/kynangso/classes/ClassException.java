package vn.kynangso.classes;

import java.util.Locale;

/** A class cannot be joined or changed as asked; translated under {@code classes.error.*}. */
public class ClassException extends RuntimeException {

    public enum Reason {
        /** No class has this code. */
        CODE_UNKNOWN,
        /** The class's teacher turned the code off (or renewed it). */
        CODE_OFF,
        /** The class is archived: it takes no one new and no changes. */
        ARCHIVED,
        /** The account has no learner behind it. */
        NO_LEARNER,
        /** A due date before today. */
        DUE_IN_PAST,
        /** Not a published course for students. */
        NOT_A_COURSE,
        /** The account has tried too many codes for now. */
        TOO_MANY_TRIES,
        /** The course has no such lesson. */
        NOT_A_LESSON,
        /** The class has no such group. */
        NOT_A_GROUP,
        /** Someone chosen is not a student of the class (or nobody was chosen). */
        NOT_IN_CLASS,
        /** A group's name is empty, too long, or another group of the class has it. */
        GROUP_NAME,

        /** Class mode's idle minutes are out of range. */
        IDLE_MINUTES,
        /** A quiz opens only during a session of the class, and none is running. */
        NO_SESSION,
        /** The course's quiz is not one the teacher opens in class. */
        NOT_HELD;

        public String translationKey() {
            return "classes.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public ClassException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

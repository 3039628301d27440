package vn.kynangso.authoring;

import java.util.List;

/** A draft cannot be changed as asked; the reason is translated under {@code authoring.error.*}. */
public class AuthoringException extends RuntimeException {

    public enum Reason {
        /** No such draft. */
        NO_DRAFT,
        /** The draft is in review, published or discarded: it cannot be edited. */
        NOT_EDITABLE,
        /** The course code is not lower-case letters, digits and hyphens, or is too long. */
        CODE_FORMAT,
        /** A course (published, or a draft) already has this code. */
        CODE_TAKEN,
        /** The course already has an open draft (another trainer's, perhaps). */
        ALREADY_OPEN,
        /** No lesson or question of the draft is named so. */
        NO_SUCH_PART,
        /** The draft still has problems; they are listed beside their fields. */
        INVALID,
        /** The draft is not waiting for review. */
        NOT_IN_REVIEW,
        /** Whoever wrote or edited a draft cannot approve it. */
        OWN_DRAFT,
        /** The draft changed since the reviewer opened it. */
        CHANGED_SINCE_READ,
        /** English texts wait for their translator; publishing needs an explicit confirmation. */
        STALE_ENGLISH,
        /** A reason for sending back is required. */
        COMMENT_REQUIRED,
        /** A correction needs a published version to correct. */
        NOTHING_TO_CORRECT,
        /** Only the draft's author (or a province admin) may discard it. */
        NOT_AUTHOR,
        /** The draft already has the most lessons or questions a course may hold. */
        TOO_MANY
    }

    private final Reason reason;
    private final List<Object> args;

    public AuthoringException(Reason reason, Object... args) {
        super(reason.name());
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public String translationKey() {
        return "authoring.error."
                + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public Object[] args() {
        return args.toArray();
    }
}

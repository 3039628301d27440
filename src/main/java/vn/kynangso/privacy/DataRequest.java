package vn.kynangso.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's request to correct or delete their data: who it is about, why, who filed it (the person,
 * or a team member on their behalf), and what the commune admin decided, when and why.
 */
public record DataRequest(
        long id,
        long personId,
        String personName,
        String place,
        Kind kind,
        String reason,
        Instant filedAt,
        String filedBy,
        boolean onBehalf,
        Status status,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable String decision) {

    /** Translated under {@code data-request.kind.<name>}. */
    public enum Kind {
        CORRECTION,
        DELETION
    }

    /** Translated under {@code data-request.status.<name>}. */
    public enum Status {
        OPEN,
        DONE,
        REFUSED
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}

package vn.kynangso.classes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A session of a class: from when its teacher started it until they ended it (null while it runs). */
public record ClassSession(
        long id, long classId, Instant startedAt, @Nullable Instant endedAt) {

    public boolean running() {
        return endedAt == null;
    }
}

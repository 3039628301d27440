package vn.kynangso.classes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An after-school class as its teacher and the admins of its commune see it. */
public record SchoolClass(
        long id,
        long communeId,
        String communeName,
        long teacherAccountId,
        String school,
        String grade,
        String name,
        String schoolYear,
        @Nullable String joinCode,
        boolean codeEnabled,
        @Nullable Instant archivedAt,
        Instant createdAt) {

    public boolean archived() {
        return archivedAt != null;
    }

    /** The code lets students in: there is one, it is on, and the class is not archived. */
    public boolean codeOpen() {
        return joinCode != null && codeEnabled && !archived();
    }
}

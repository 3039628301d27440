package vn.kynangso.certificates;

import org.jspecify.annotations.Nullable;

/** What the public verification page says about a code: valid, revoked, unknown or not a code at all. */
public record Verification(Status status, @Nullable Certificate certificate) {

    public enum Status {
        VALID,
        REVOKED,
        UNKNOWN,
        MALFORMED
    }
}

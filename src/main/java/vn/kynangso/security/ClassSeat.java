package vn.kynangso.security;

import java.io.Serializable;
import java.time.Duration;

/**
 * A child signed in with their own class PIN on a class-mode computer of their class ({@code
 * deviceId}): signed out after {@code idleLimit} without a tap, or when they tap Done, and the
 * computer goes back to the class's tiles (see docs/decisions/DD007-class-mode.md).
 */
public record ClassSeat(long classId, long deviceId, Duration idleLimit) implements Serializable {

    /** The HttpOnly cookie holding a class-mode computer's credential (the random token itself). */
    public static final String DEVICE_COOKIE = "kns-class-device";

    /** The class's tiles, where a class-mode computer goes after each child. */
    public static final String TILES_PATH = "class-mode";
}

package vn.kynangso.security;

import java.time.Duration;

/**
 * Checks a child's class PIN typed on a class-mode computer: the computer's credential is valid for
 * a class, the child has a tile in that class, their tile is not locked, and the PIN is theirs.
 * Implemented by the classes module, which keeps the credentials and PINs; {@link ClassSeatSignIn}
 * signs the child in only on {@link Right}.
 */
public interface ClassPinCheck {

    /** What a PIN try came to. */
    sealed interface Verdict permits Right, Wrong, Locked, Refused {}

    /** The child's own PIN, on a computer in class mode for their class. */
    record Right(long classId, long deviceId, Duration idleLimit) implements Verdict {}

    /** Not their PIN; {@code triesLeft} before the tile locks. */
    record Wrong(int triesLeft) implements Verdict {}

    /** Too many wrong PINs: the tile (or the computer) takes none for {@code waitFor}. */
    record Locked(Duration waitFor) implements Verdict {}

    /** No such tile here, or the computer is not (or no longer) in class mode. */
    record Refused() implements Verdict {}

    Verdict check(String deviceToken, long personId, String pin);
}

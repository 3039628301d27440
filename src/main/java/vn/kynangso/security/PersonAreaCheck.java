package vn.kynangso.security;

/**
 * Whether a person lives in the signed-in person's area. Implemented by the feature that knows where
 * people live; account operations on someone else's behalf ask it before acting.
 */
public interface PersonAreaCheck {

    boolean isInMyArea(long personId);
}

package vn.kynangso.security;

/**
 * Whether a place lies in the signed-in person's area. Implemented by the feature that knows the
 * place tree; granting an area to an account asks it first.
 */
public interface PlaceAreaCheck {

    boolean isInMyArea(long placeId);
}

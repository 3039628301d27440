package vn.kynangso.places;

import org.springframework.stereotype.Component;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.PlaceAreaCheck;

/** Whether a place is in the signed-in person's area, for account operations on others' behalf. */
@Component
class PlaceAreas implements PlaceAreaCheck {

    private final PlaceService places;
    private final CurrentUser currentUser;

    PlaceAreas(PlaceService places, CurrentUser currentUser) {
        this.places = places;
        this.currentUser = currentUser;
    }

    @Override
    public boolean isInMyArea(long placeId) {
        return currentUser
                .get()
                .map(user -> places.isWithin(placeId, user.getAreaPlaceIds()))
                .orElse(false);
    }
}

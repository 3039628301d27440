package vn.kynangso.people;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.PersonAreaCheck;

/** Where people live, for account operations done on a resident's behalf. */
@Component
class PersonAreas implements PersonAreaCheck {

    private final PersonRepository persons;
    private final PlaceService places;
    private final CurrentUser currentUser;

    PersonAreas(PersonRepository persons, PlaceService places, CurrentUser currentUser) {
        this.persons = persons;
        this.places = places;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isInMyArea(long personId) {
        return currentUser
                .get()
                .flatMap(user -> persons.findById(personId)
                        .map(person -> places.isWithin(person.getPlaceId(), user.getAreaPlaceIds())))
                .orElse(false);
    }
}

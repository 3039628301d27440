package vn.kynangso.officials;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PeopleService.Holder;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/** Whose commune is whose: an admin's communes, and the commune a signed-in official belongs to. */
@Component
class OfficialsArea {

    private final PeopleService people;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final AccountService accounts;

    OfficialsArea(PeopleService people, PlaceService places, CurrentUser currentUser, AccountService accounts) {
        this.people = people;
        this.places = places;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    /** The commune is in the signed-in admin's area (the application itself, SYSTEM, acts anywhere). */
    void check(long communeId) {
        if (currentUser.get().isEmpty()) {
            return;
        }
        if (!places.isWithin(communeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("commune outside the area");
        }
    }

    List<Place> myCommunes() {
        return places.inMyArea(PlaceLevel.COMMUNE);
    }

    /** The commune of the signed-in official (where their person lives, or the place above). */
    Optional<Long> myCommune() {
        return currentUser.get().flatMap(SignedInUser::getPersonId).flatMap(this::communeOf);
    }

    /** The commune a person lives in (their place, or the place above). */
    Optional<Long> communeOf(long personId) {
        return people.holder(personId).map(Holder::placeId).flatMap(places::communeOf);
    }

    /** Every commune some official lives in. */
    Set<Long> communesOfOfficials() {
        Set<Long> communes = new TreeSet<>();
        for (long person : accounts.personsWithRole(Roles.OFFICIAL)) {
            communeOf(person).ifPresent(communes::add);
        }
        return communes;
    }

    String name(long communeId) {
        return places.find(communeId).map(Place::getName).orElse("");
    }

    /** The commune and every place inside it. */
    List<Long> selfAndWithin(long communeId) {
        List<Long> ids = new ArrayList<>(places.idsWithin(List.of(communeId), PlaceLevel.HAMLET));
        ids.add(communeId);
        return ids;
    }
}

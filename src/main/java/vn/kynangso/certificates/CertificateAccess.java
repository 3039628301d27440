package vn.kynangso.certificates;

import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PeopleService.HouseholdPlace;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * Who may see which certificates: the holder (and, for a household's certificate, every member of
 * the household), and the team and admins of the area it was issued in.
 */
@Component
class CertificateAccess {

    private final PeopleService people;
    private final PlaceService places;
    private final CurrentUser currentUser;

    CertificateAccess(PeopleService people, PlaceService places, CurrentUser currentUser) {
        this.people = people;
        this.places = places;
        this.currentUser = currentUser;
    }

    /** A person's household, if they belong to one. */
    Optional<Long> householdOf(long personId) {
        return people.householdPlaceOf(personId).map(HouseholdPlace::householdId);
    }

    /** Refuses unless the signed-in person holds the certificate or works in its area. */
    void checkMayRead(Certificate certificate) {
        SignedInUser user = currentUser.require();
        Long me = user.getPersonId().orElse(null);
        boolean holder = me != null
                && (me.equals(certificate.personId())
                        || (certificate.householdId() != null
                                && Objects.equals(householdOf(me).orElse(null), certificate.householdId())));
        if (!holder && !inMyArea(certificate)) {
            throw new AccessDeniedException("certificate of someone else");
        }
    }

    /** Whether the certificate was issued within the signed-in person's area. */
    boolean inMyArea(Certificate certificate) {
        return currentUser
                .get()
                .map(u -> places.isWithin(certificate.placeId(), u.getAreaPlaceIds()))
                .orElse(false);
    }

    /** Refuses a commune outside the signed-in admin's area. */
    void checkCommuneInMyArea(long communeId) {
        if (!places.isWithin(communeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("commune outside the area");
        }
    }
}

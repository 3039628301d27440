package vn.kynangso.classes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;

/**
 * Who may see and change a class: its own teacher changes it; the admins of its commune (or
 * province) read it; nobody else learns it exists. The application itself (SYSTEM, the demo data)
 * acts on any class.
 */
@Component
class ClassAccess {

    private final ClassStore store;
    private final PlaceService places;
    private final CurrentUser currentUser;

    ClassAccess(ClassStore store, PlaceService places, CurrentUser currentUser) {
        this.store = store;
        this.places = places;
        this.currentUser = currentUser;
    }

    /** The class, for its teacher or an admin of its area. */
    SchoolClass readable(long classId) {
        SchoolClass found = store.find(classId).orElseThrow(() -> new AccessDeniedException("class"));
        Optional<SignedInUser> me = currentUser.get();
        if (me.isEmpty() || isOwner(me.get(), found) || isAreaAdmin(me.get(), found.communeId())) {
            return found;
        }
        throw new AccessDeniedException("class");
    }

    /** The class, for its own teacher to change while it is not archived. */
    SchoolClass changeable(long classId) {
        SchoolClass found = ownOrSystem(classId);
        if (found.archived()) {
            throw new ClassException(ClassException.Reason.ARCHIVED);
        }
        return found;
    }

    /** The class, for its own teacher (archived or not). */
    SchoolClass ownOrSystem(long classId) {
        SchoolClass found = store.find(classId).orElseThrow(() -> new AccessDeniedException("class"));
        Optional<SignedInUser> me = currentUser.get();
        if (me.isEmpty() || isOwner(me.get(), found)) {
            return found;
        }
        throw new AccessDeniedException("class");
    }

    boolean mayChange(SchoolClass found) {
        return currentUser.get().map(me -> isOwner(me, found)).orElse(true) && !found.archived();
    }

    /** The communes a teacher may open classes in: those of their area, or the one their area lies in. */
    List<Place> teacherCommunes() {
        SignedInUser me = currentUser.require();
        Set<Long> ids = new LinkedHashSet<>(places.idsWithin(me.getAreaPlaceIds(), PlaceLevel.COMMUNE));
        me.getAreaPlaceIds().forEach(id -> places.communeOf(id).ifPresent(ids::add));
        return places.findAll(new ArrayList<>(ids));
    }

    void checkTeacherCommune(long communeId) {
        if (currentUser.get().isEmpty()) {
            return;
        }
        if (teacherCommunes().stream().noneMatch(p -> p.getId() == communeId)) {
            throw new AccessDeniedException("commune outside the area");
        }
    }

    /** The communes whose classes the signed-in admin reads (none for a teacher who is not an admin). */
    List<Long> adminCommunes(SignedInUser me) {
        if (!me.hasRole(Roles.COMMUNE_ADMIN) && !me.hasRole(Roles.PROVINCE_ADMIN)) {
            return List.of();
        }
        return places.idsWithin(me.getAreaPlaceIds(), PlaceLevel.COMMUNE);
    }

    private static boolean isOwner(SignedInUser me, SchoolClass found) {
        return me.hasRole(Roles.TEACHER) && me.getAccountId() == found.teacherAccountId();
    }

    private boolean isAreaAdmin(SignedInUser me, long communeId) {
        return (me.hasRole(Roles.COMMUNE_ADMIN) || me.hasRole(Roles.PROVINCE_ADMIN))
                && places.isWithin(communeId, me.getAreaPlaceIds());
    }
}

package vn.kynangso.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/** The place tree: provinces, communes, hamlets (and districts in old data). */
@Service
public class PlaceService {

    private final PlaceRepository places;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    PlaceService(PlaceRepository places, CurrentUser currentUser, JdbcClient jdbc) {
        this.places = places;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** A place's id, level and name: what labels and issuers need, without loading entities. */
    public record PlaceName(long id, PlaceLevel level, String name) {}

    /**
     * The commune and province a place lies in, with their names (either may be missing in odd data);
     * a place that is itself a commune or province counts as in itself. The one rule for which of a
     * place's ancestors are its commune and province.
     */
    public record Area(
            @Nullable PlaceName commune, @Nullable PlaceName province) {

        static Area of(List<PlaceName> chainNearestFirst) {
            return new Area(
                    first(chainNearestFirst, PlaceLevel.COMMUNE), first(chainNearestFirst, PlaceLevel.PROVINCE));
        }

        private static @Nullable PlaceName first(List<PlaceName> chain, PlaceLevel level) {
            return chain.stream().filter(p -> p.level() == level).findFirst().orElse(null);
        }

        public @Nullable Long communeId() {
            return commune == null ? null : commune.id();
        }

        public @Nullable Long provinceId() {
            return province == null ? null : province.id();
        }
    }

    /**
     * The commune and province of each of these places, in one plain read: cheap inside a transaction
     * that has changed entities (no flush), e.g. while a completion is recorded or a certificate issued.
     */
    @Transactional(readOnly = true)
    public Map<Long, Area> areasOf(Collection<Long> placeIds) {
        if (placeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<PlaceName>> chains = new HashMap<>();
        jdbc.sql("""
                        WITH RECURSIVE up (start_id, id, parent_id, level, name, depth) AS (
                            SELECT id, id, parent_id, level, name, 0 FROM place WHERE id IN (:ids)
                            UNION ALL
                            SELECT up.start_id, p.id, p.parent_id, p.level, p.name, up.depth + 1
                            FROM place p JOIN up ON p.id = up.parent_id
                        )
                        SELECT start_id, id, level, name FROM up ORDER BY start_id, depth
                        """)
                .param("ids", Set.copyOf(placeIds))
                .query((rs, n) -> chains.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PlaceName(rs.getLong(2), PlaceLevel.valueOf(rs.getString(3)), rs.getString(4))))
                .list();
        Map<Long, Area> areas = new HashMap<>();
        chains.forEach((id, chain) -> areas.put(id, Area.of(chain)));
        return areas;
    }

    /** The commune and province a place lies in, as ids (either may be missing in odd data). */
    public record CommuneAndProvince(
            @Nullable Long communeId, @Nullable Long provinceId) {}

    /** The commune and province ids of each of these places (a hamlet's, usually): {@link #areasOf}. */
    @Transactional(readOnly = true)
    public Map<Long, CommuneAndProvince> communeAndProvinceOf(Collection<Long> placeIds) {
        Map<Long, CommuneAndProvince> found = new HashMap<>();
        areasOf(placeIds)
                .forEach((id, area) -> found.put(id, new CommuneAndProvince(area.communeId(), area.provinceId())));
        return found;
    }

    /** The commune a place lies in (itself, for a commune). */
    @Transactional(readOnly = true)
    public Optional<Long> communeOf(long placeId) {
        return Optional.ofNullable(areasOf(List.of(placeId)).get(placeId)).map(Area::communeId);
    }

    /**
     * Adds a place under {@code parentId} (none for a province, which only the application itself
     * adds). The kind must sit below the parent's level (a district may be skipped); the parent must
     * be in the signed-in admin's area; codes are unique.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Place create(@Nullable Long parentId, PlaceKind kind, String name, @Nullable String code) {
        if (parentId == null) {
            if (kind.level() != PlaceLevel.PROVINCE || !isSystem()) {
                throw new PlaceException(PlaceException.Reason.WRONG_LEVEL);
            }
        } else {
            Place parent =
                    places.findById(parentId).orElseThrow(() -> new PlaceException(PlaceException.Reason.OUTSIDE_AREA));
            checkInArea(parent.getId(), false);
            if (kind.level().ordinal() <= parent.getLevel().ordinal()
                    || (kind.level() == PlaceLevel.DISTRICT && parent.getLevel() != PlaceLevel.PROVINCE)) {
                throw new PlaceException(PlaceException.Reason.WRONG_LEVEL);
            }
        }
        String cleanCode = checked(name, code, null);
        return places.save(new Place(parentId, kind, name.strip(), cleanCode));
    }

    /** Renames a place or changes its code; only places inside the admin's area (not the area itself). */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Place update(long placeId, String name, @Nullable String code) {
        Place place =
                places.findById(placeId).orElseThrow(() -> new PlaceException(PlaceException.Reason.OUTSIDE_AREA));
        checkInArea(placeId, true);
        place.rename(name.strip(), checked(name, code, placeId));
        return place;
    }

    /** Every place of {@code level} in the signed-in person's area (their hamlets, their communes). */
    @Transactional(readOnly = true)
    public List<Place> inMyArea(PlaceLevel level) {
        return currentUser
                .get()
                .map(u -> places.findAllById(idsWithin(u.getAreaPlaceIds(), level)))
                .orElse(List.of());
    }

    /**
     * The places an admin browses from: their area's own places (a commune, a province), by name.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Place> myAreaRoots() {
        return places.findAllById(currentUser.require().getAreaPlaceIds()).stream()
                .sorted(Comparator.comparing(Place::getId))
                .toList();
    }

    /**
     * A place the signed-in admin may browse: one of their area's places or one inside it. Empty for
     * a place that does not exist or lies elsewhere, alike, so a screen shows both as not found.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Place> browse(long placeId) {
        return places.findById(placeId).filter(p -> inMyArea(p.getId()));
    }

    /** The places directly under {@code parentId}, by name, for an admin whose area holds it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Place> browseChildren(long parentId) {
        if (!inMyArea(parentId)) {
            throw new AccessDeniedException("place outside the area");
        }
        return places.findByParentIdOrderByName(parentId);
    }

    /** The place and those above it that the signed-in admin may browse, nearest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Place> browsePath(long placeId) {
        return selfAndAncestors(placeId).stream()
                .filter(p -> inMyArea(p.getId()))
                .toList();
    }

    private boolean inMyArea(long placeId) {
        return currentUser
                .get()
                .map(u -> isWithin(placeId, u.getAreaPlaceIds()))
                .orElse(false);
    }

    /** The kinds of place that may be added directly under {@code place}: the next level down. */
    public static List<PlaceKind> kindsUnder(Place place) {
        PlaceLevel next = switch (place.getLevel()) {
            case PROVINCE, DISTRICT -> PlaceLevel.COMMUNE;
            case COMMUNE -> PlaceLevel.HAMLET;
            case HAMLET -> null;
        };
        return next == null
                ? List.of()
                : Arrays.stream(PlaceKind.values())
                        .filter(k -> k.level() == next)
                        .toList();
    }

    /** Whether the signed-in admin may add places under, or change, this place. */
    @Transactional(readOnly = true)
    public boolean mayChange(long placeId) {
        return currentUser
                .get()
                .map(u -> !u.getAreaPlaceIds().contains(placeId) && isWithin(placeId, u.getAreaPlaceIds()))
                .orElse(false);
    }

    /** Whether the signed-in admin may add places under this one. */
    @Transactional(readOnly = true)
    public boolean mayAddUnder(long placeId) {
        return inMyArea(placeId);
    }

    private @Nullable String checked(String name, @Nullable String code, @Nullable Long self) {
        if (name.isBlank()) {
            throw new PlaceException(PlaceException.Reason.NO_NAME);
        }
        String cleanCode = code == null || code.isBlank() ? null : code.strip();
        if (name.strip().length() > 200 || (cleanCode != null && cleanCode.length() > 32)) {
            throw new PlaceException(PlaceException.Reason.TOO_LONG);
        }
        if (cleanCode != null) {
            places.findByCode(cleanCode).filter(p -> !p.getId().equals(self)).ifPresent(p -> {
                throw new PlaceException(PlaceException.Reason.CODE_TAKEN);
            });
        }
        return cleanCode;
    }

    private void checkInArea(long placeId, boolean strictlyInside) {
        if (isSystem()) {
            return;
        }
        SignedInUser user = currentUser.require();
        if ((strictlyInside && user.getAreaPlaceIds().contains(placeId))
                || !isWithin(placeId, user.getAreaPlaceIds())) {
            throw new PlaceException(PlaceException.Reason.OUTSIDE_AREA);
        }
    }

    private boolean isSystem() {
        return currentUser.get().isEmpty();
    }

    @Transactional(readOnly = true)
    public Optional<Place> find(long id) {
        return places.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Place> findAll(Collection<Long> ids) {
        return places.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public Optional<Place> findByCode(String code) {
        return places.findByCode(code);
    }

    @Transactional(readOnly = true)
    public List<Place> children(long parentId) {
        return places.findByParentIdOrderByName(parentId);
    }

    @Transactional(readOnly = true)
    public List<Place> provinces() {
        return places.findByLevelOrderByName(PlaceLevel.PROVINCE);
    }

    /** The place and its ancestors, nearest first (hamlet, commune, [district], province). */
    @Transactional(readOnly = true)
    public List<Place> selfAndAncestors(long placeId) {
        List<Long> ids = places.findSelfAndAncestorIds(placeId);
        var byId = places.findAllById(ids).stream().collect(Collectors.toMap(Place::getId, p -> p));
        return ids.stream().map(byId::get).toList();
    }

    /** Whether {@code placeId} is one of {@code areas} or lies inside one of them. */
    @Transactional(readOnly = true)
    public boolean isWithin(long placeId, Collection<Long> areas) {
        return !areas.isEmpty()
                && places.findSelfAndAncestorIds(placeId).stream().anyMatch(areas::contains);
    }

    /** Ids of every place of {@code level} inside the given places (a place counts as inside itself). */
    @Transactional(readOnly = true)
    public List<Long> idsWithin(Collection<Long> roots, PlaceLevel level) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return places.findIdsAtLevelWithin(roots, level.name());
    }
}

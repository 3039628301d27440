package vn.kynangso.places;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The place tree: provinces, communes, hamlets (and districts in old data). */
@Service
public class PlaceService {

    private final PlaceRepository places;

    PlaceService(PlaceRepository places) {
        this.places = places;
    }

    /**
     * Adds a place under {@code parentId} (none for a province). The kind must sit one level below
     * the parent's; a district may be skipped.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','PROVINCE_ADMIN')")
    public Place create(@Nullable Long parentId, PlaceKind kind, String name, @Nullable String code) {
        if (parentId == null) {
            if (kind.level() != PlaceLevel.PROVINCE) {
                throw new IllegalArgumentException("Only a province has no parent");
            }
        } else {
            Place parent = places.findById(parentId).orElseThrow();
            if (kind.level().ordinal() <= parent.getLevel().ordinal()) {
                throw new IllegalArgumentException(kind + " cannot sit under " + parent.getKind());
            }
        }
        return places.save(new Place(parentId, kind, name.strip(), code));
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
        var byId = places.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(Place::getId, p -> p));
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

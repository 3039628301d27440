package vn.kynangso.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.HouseholdSkillService;
import vn.kynangso.people.HouseholdSkillService.HamletTally;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.places.PlaceService.CommuneAndProvince;
import vn.kynangso.security.CurrentUser;

/**
 * The target, counted: households covered (one member proficient in all five skills) out of
 * households registered, and per skill, for a hamlet, a commune, a province. Figures come from
 * per-hamlet summaries kept current with every registration and proficiency; {@link #rebuild()}
 * recomputes them from the raw rows. A person sees only their own area.
 */
@Service
public class CoverageService {

    private final CoverageStore store;
    private final PlaceService places;
    private final HouseholdSkillService householdSkills;
    private final CurrentUser currentUser;
    private final CoverageRebuildLock rebuildLock;

    CoverageService(
            CoverageStore store,
            PlaceService places,
            HouseholdSkillService householdSkills,
            CurrentUser currentUser,
            CoverageRebuildLock rebuildLock) {
        this.rebuildLock = rebuildLock;
        this.store = store;
        this.places = places;
        this.householdSkills = householdSkills;
        this.currentUser = currentUser;
    }

    /** The signed-in person's area as a whole, and the places it is made of (their roots). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Coverage> myAreas() {
        return currentUser.require().getAreaPlaceIds().stream()
                .map(id -> of(places.find(id).orElseThrow()))
                .sorted(Comparator.comparing(Coverage::name))
                .toList();
    }

    /** Coverage of one place in the signed-in person's area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Coverage place(long placeId) {
        return of(mine(placeId));
    }

    /**
     * The rows one level down: a province's communes, a commune's hamlets (a district's communes in
     * old data). Only rows inside the signed-in person's area.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Coverage> breakdown(long placeId) {
        return breakdown(mine(placeId));
    }

    /** {@link #breakdown(long)} of a place already found to be in the area ({@link #mine}). */
    List<Coverage> breakdown(Place place) {
        // Everything below a place in the area is in the area: no check per child (200 in a province).
        List<Place> children = places.children(place.getId());
        if (place.getLevel() == PlaceLevel.PROVINCE) {
            Map<Long, Coverage> perCommune = store.perCommune(place.getId());
            List<Coverage> rows = new ArrayList<>();
            for (Place child : children) {
                if (child.getLevel() == PlaceLevel.COMMUNE) {
                    Coverage sums = perCommune.getOrDefault(child.getId(), Coverage.empty(child.getId(), ""));
                    rows.add(named(sums, child));
                } else {
                    rows.add(of(child)); // a district of old data
                }
            }
            return rows;
        }
        if (place.getLevel() == PlaceLevel.COMMUNE) {
            // a commune's children are hamlets: their summary rows, read at once
            Map<Long, Coverage> perHamlet =
                    store.hamlets(children.stream().map(Place::getId).toList());
            return children.stream()
                    .map(child ->
                            named(perHamlet.getOrDefault(child.getId(), Coverage.empty(child.getId(), "")), child))
                    .toList();
        }
        return children.stream().map(this::of).toList();
    }

    /** The households behind a hamlet's figures, not covered first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<HouseholdCoverage> households(long hamletId) {
        Place hamlet = mine(hamletId);
        if (hamlet.getLevel() != PlaceLevel.HAMLET) {
            throw new IllegalArgumentException("Not a hamlet: " + hamletId);
        }
        return householdSkills.householdsIn(hamletId).stream()
                .map(h -> new HouseholdCoverage(
                        h.householdId(), h.address(), h.head(), h.members(), h.covered(), h.skills()))
                .toList();
    }

    /**
     * Recomputes every summary from the raw rows and reports whether the kept figures matched
     * (they should: a mismatch means an update was missed, and the rebuild repairs it).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','PROVINCE_ADMIN')")
    public RebuildReport rebuild() {
        rebuildLock.hold();
        return rebuildHolding();
    }

    /**
     * Builds the summaries when there are none yet for registered households (a database from
     * before they existed), at start. Two servers starting at once take turns on the rebuild lock;
     * the second finds them built and does nothing. Returns the rebuild's report when it ran here.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<RebuildReport> rebuildIfMissing() {
        rebuildLock.hold();
        // asked again under the lock: another server may have built them while this one waited
        if (!store.isEmpty() || householdSkills.countHouseholds() == 0) {
            return Optional.empty();
        }
        return Optional.of(rebuildHolding());
    }

    private RebuildReport rebuildHolding() {
        Map<Long, Coverage> before = store.allHamlets();
        Map<Long, HamletTally> tallies = householdSkills.rebuild();
        Map<Long, CommuneAndProvince> areas = places.communeAndProvinceOf(tallies.keySet());
        store.replaceAll(tallies.entrySet().stream()
                .map(t -> {
                    CommuneAndProvince where = areas.getOrDefault(t.getKey(), new CommuneAndProvince(null, null));
                    HamletTally tally = t.getValue();
                    return new CoverageStore.HamletRow(
                            t.getKey(),
                            where.communeId(),
                            where.provinceId(),
                            new Coverage(t.getKey(), "", tally.households(), tally.covered(), tally.perSkill()));
                })
                .toList());
        Map<Long, Coverage> after = store.allHamlets();
        long differing = after.keySet().stream()
                        .filter(id -> !same(before.get(id), after.get(id)))
                        .count()
                + before.keySet().stream().filter(id -> !after.containsKey(id)).count();
        return new RebuildReport(after.size(), differing);
    }

    /** What a rebuild found: hamlets recomputed, and how many had figures that differed. */
    public record RebuildReport(int hamlets, long differing) {}

    private static boolean same(Coverage a, Coverage b) {
        return a != null
                && b != null
                && a.households() == b.households()
                && a.covered() == b.covered()
                && a.perSkill().equals(b.perSkill());
    }

    /** The figures of a place already found to be in the area ({@link #mine}). */
    Coverage of(Place place) {
        // One indexed read of the summaries, not a list of a province's 4,000 hamlets; a district of
        // old data by its hamlets.
        Collection<Coverage> rows = switch (place.getLevel()) {
            case PROVINCE -> store.ofProvince(place.getId());
            case COMMUNE -> store.ofCommune(place.getId());
            case HAMLET -> store.hamlets(List.of(place.getId())).values();
            case DISTRICT ->
                store.hamlets(places.idsWithin(List.of(place.getId()), PlaceLevel.HAMLET))
                        .values();
        };
        Map<Skill, Long> perSkill = new EnumMap<>(Skill.class);
        for (Skill skill : Skill.values()) {
            perSkill.put(skill, rows.stream().mapToLong(r -> r.skill(skill)).sum());
        }
        return new Coverage(
                place.getId(),
                place.getName(),
                rows.stream().mapToLong(Coverage::households).sum(),
                rows.stream().mapToLong(Coverage::covered).sum(),
                perSkill);
    }

    private static Coverage named(Coverage sums, Place place) {
        return new Coverage(place.getId(), place.getName(), sums.households(), sums.covered(), sums.perSkill());
    }

    /** A place the signed-in person may see figures of: inside their area; anything else does not exist. */
    Place mine(long placeId) {
        Collection<Long> area = currentUser.require().getAreaPlaceIds();
        if (!places.isWithin(placeId, area)) {
            throw new AccessDeniedException("place outside the area");
        }
        return places.find(placeId).orElseThrow(() -> new AccessDeniedException("no such place"));
    }

    /** How many households are covered, everywhere. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public long countCovered() {
        return householdSkills.countCovered();
    }

    /** Every covered household as the event it raised, for work done once at start. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<HouseholdCovered> coveredHouseholds() {
        return householdSkills.coveredHouseholds().stream()
                .map(h -> new HouseholdCovered(h.householdId(), h.hamletId(), h.headPersonId(), h.coveredAt()))
                .toList();
    }
}

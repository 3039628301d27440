package vn.kynangso.reports;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PeopleService.HamletCounts;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;

/** The hamlets of the signed-in person's area, each with its commune and what is registered in it. */
@Service
public class AreaService {

    private final CurrentUser currentUser;
    private final PlaceService places;
    private final PeopleService people;

    AreaService(CurrentUser currentUser, PlaceService places, PeopleService people) {
        this.currentUser = currentUser;
        this.places = places;
        this.people = people;
    }

    /** One hamlet: its id and name, its commune's ("" in odd data without one), households and people registered. */
    public record HamletFigures(long hamletId, String hamlet, String commune, long households, long people) {}

    /**
     * Every hamlet of the signed-in person's area, unordered (the screen sorts in its language), with
     * the per-hamlet counts read in one go.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<HamletFigures> myHamlets() {
        List<Long> hamletIds = places.idsWithin(currentUser.require().getAreaPlaceIds(), PlaceLevel.HAMLET);
        List<Place> hamlets = places.findAll(hamletIds);
        Map<Long, String> communes =
                places
                        .findAll(hamlets.stream()
                                .map(Place::getParentId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Place::getId, Place::getName));
        Map<Long, HamletCounts> counts = people.countsPerHamlet(hamletIds);
        return hamlets.stream()
                .map(h -> {
                    HamletCounts count = counts.getOrDefault(h.getId(), new HamletCounts(0, 0));
                    return new HamletFigures(
                            h.getId(),
                            h.getName(),
                            h.getParentId() == null ? "" : communes.getOrDefault(h.getParentId(), ""),
                            count.households(),
                            count.people());
                })
                .toList();
    }

    /** An admin's whole area at a glance: its places' names, how many communes and hamlets, and who is registered. */
    public record AreaTotals(List<String> places, int communes, int hamlets, long households, long people) {}

    /** The signed-in person's area, totalled. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public AreaTotals myTotals() {
        List<Long> roots = currentUser.require().getAreaPlaceIds().stream().toList();
        List<Long> hamlets = places.idsWithin(roots, PlaceLevel.HAMLET);
        return new AreaTotals(
                places.findAll(roots).stream().map(Place::getName).sorted().toList(),
                places.idsWithin(roots, PlaceLevel.COMMUNE).size(),
                hamlets.size(),
                people.countHouseholds(hamlets),
                people.countPeople(hamlets));
    }
}

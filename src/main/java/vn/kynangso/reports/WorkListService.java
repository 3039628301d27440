package vn.kynangso.reports;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.FlagAccess;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.HouseholdToHelp;
import vn.kynangso.places.PlaceService;

/**
 * A team member's daily list: households in their hamlets not covered yet, vulnerable ones first,
 * with what each member still lacks. The households, their members and their sensitive flags come
 * from the people module, which checks the area and logs the read of each household's flags.
 */
@Service
public class WorkListService {

    private static final Comparator<WorkItem> VISITING_ORDER = Comparator.comparingInt(
                    (WorkItem item) -> item.priority().rank())
            .reversed()
            .thenComparing(Comparator.comparingInt(WorkItem::bestSkillCount).reversed())
            .thenComparingLong(WorkItem::householdId);

    private final HouseholdService households;
    private final PlaceService places;
    private final LearnerSkills learnerSkills;

    WorkListService(HouseholdService households, PlaceService places, LearnerSkills learnerSkills) {
        this.households = households;
        this.places = places;
        this.learnerSkills = learnerSkills;
    }

    /**
     * Households of the signed-in team member's hamlets that are not covered, in the order to visit:
     * by priority ({@link HouseholdService.Priority#rank}), then the member closest to all five
     * skills.
     */
    @Transactional
    @PreAuthorize("hasRole('TEAM_MEMBER')")
    public List<WorkItem> myWorkList() {
        List<HouseholdToHelp> toHelp = households.notCoveredInMyArea(FlagAccess.Screen.WORK_LIST);
        Map<Long, String> hamlets = new HashMap<>();
        places.findAll(toHelp.stream().map(HouseholdToHelp::hamletId).distinct().toList())
                .forEach(p -> hamlets.put(p.getId(), p.getName()));
        Map<Long, Set<Skill>> skills = learnerSkills.of(toHelp.stream()
                .flatMap(h -> h.members().stream())
                .map(HouseholdToHelp.Member::personId)
                .toList());
        return toHelp.stream()
                .map(h -> new WorkItem(
                        h.householdId(),
                        hamlets.getOrDefault(h.hamletId(), ""),
                        h.address(),
                        h.priority(),
                        h.members().stream()
                                .map(m -> new WorkItem.Member(
                                        m.personId(),
                                        m.name(),
                                        m.birthYear(),
                                        skills.getOrDefault(m.personId(), Set.of())))
                                .toList()))
                .sorted(VISITING_ORDER)
                .toList();
    }
}

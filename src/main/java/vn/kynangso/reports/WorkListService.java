package vn.kynangso.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.FlagAccess;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.Priority;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;

/**
 * A team member's daily list: households in their hamlets not covered yet, vulnerable ones first,
 * with what each member still lacks. Includes sensitive flags, so only for the hamlets' own team.
 */
@Service
public class WorkListService {

    private final JdbcClient jdbc;
    private final PlaceService places;
    private final HouseholdService households;
    private final CurrentUser currentUser;

    WorkListService(JdbcClient jdbc, PlaceService places, HouseholdService households, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.places = places;
        this.households = households;
        this.currentUser = currentUser;
    }

    /**
     * Households of the signed-in team member's hamlets that are not covered, in the order to visit.
     * Their priority flags come from the people module, which logs the read of each household's.
     */
    @Transactional
    @PreAuthorize("hasRole('TEAM_MEMBER')")
    public List<WorkItem> myWorkList() {
        List<Long> hamlets = places.idsWithin(currentUser.require().getAreaPlaceIds(), PlaceLevel.HAMLET);
        if (hamlets.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Skill>> skills = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id, pr.skill FROM person p
                        JOIN household h ON h.id = p.household_id
                        JOIN proficiency pr ON pr.person_id = p.id
                        WHERE h.hamlet_id IN (:hamlets) AND h.covered_at IS NULL
                        """)
                .param("hamlets", hamlets)
                .query((rs, n) -> {
                    skills.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Skill.class))
                            .add(Skill.valueOf(rs.getString(2)));
                    return null;
                })
                .list();
        record Row(long household, String hamlet, String address, long person, String name, Integer birthYear) {}
        List<Row> rows = jdbc.sql("""
                        SELECT h.id, pl.name, h.address, p.id, p.full_name, p.birth_year
                        FROM household h
                        JOIN place pl ON pl.id = h.hamlet_id
                        JOIN person p ON p.household_id = h.id
                        WHERE h.hamlet_id IN (:hamlets) AND h.covered_at IS NULL
                        ORDER BY h.id, p.id
                        """)
                .param("hamlets", hamlets)
                .query((rs, n) -> new Row(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), (Integer)
                                rs.getObject(6)))
                .list();
        Map<Long, List<Row>> byHousehold = new LinkedHashMap<>();
        rows.forEach(r -> byHousehold
                .computeIfAbsent(r.household(), k -> new ArrayList<>())
                .add(r));
        Map<Long, Priority> priorities = households.priorities(byHousehold.keySet(), FlagAccess.Screen.WORK_LIST);
        List<WorkItem> items = new ArrayList<>();
        for (List<Row> members : byHousehold.values()) {
            Row first = members.getFirst();
            Priority priority = priorities.get(first.household());
            items.add(new WorkItem(
                    first.household(),
                    first.hamlet(),
                    first.address(),
                    priority.elderly(),
                    priority.disability(),
                    priority.poverty().name(),
                    members.stream()
                            .map(m -> new WorkItem.Member(
                                    m.person(), m.name(), m.birthYear(), skills.getOrDefault(m.person(), Set.of())))
                            .toList()));
        }
        items.sort(Comparator.comparingInt(WorkItem::priority)
                .reversed()
                .thenComparing(Comparator.comparingInt(WorkItem::bestSkillCount).reversed())
                .thenComparingLong(WorkItem::householdId));
        return items;
    }
}

package vn.kynangso.reports;

import java.time.Clock;
import java.time.Year;
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
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkListService(JdbcClient jdbc, PlaceService places, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Households of the signed-in team member's hamlets that are not covered, in the order to visit. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TEAM_MEMBER')")
    public List<WorkItem> myWorkList() {
        List<Long> hamlets = places.idsWithin(currentUser.require().getAreaPlaceIds(), PlaceLevel.HAMLET);
        if (hamlets.isEmpty()) {
            return List.of();
        }
        int thisYear = Year.now(clock).getValue();
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
        record Row(
                long household,
                String hamlet,
                String address,
                boolean disability,
                String poverty,
                long person,
                String name,
                Integer birthYear) {}
        List<Row> rows = jdbc.sql("""
                        SELECT h.id, pl.name, h.address, h.disability, h.poverty, p.id, p.full_name, p.birth_year
                        FROM household h
                        JOIN place pl ON pl.id = h.hamlet_id
                        JOIN person p ON p.household_id = h.id
                        WHERE h.hamlet_id IN (:hamlets) AND h.covered_at IS NULL
                        ORDER BY h.id, p.id
                        """)
                .param("hamlets", hamlets)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getString(7),
                        (Integer) rs.getObject(8)))
                .list();
        Map<Long, List<Row>> byHousehold = new LinkedHashMap<>();
        rows.forEach(r -> byHousehold
                .computeIfAbsent(r.household(), k -> new ArrayList<>())
                .add(r));
        List<WorkItem> items = new ArrayList<>();
        for (List<Row> members : byHousehold.values()) {
            Row first = members.getFirst();
            boolean elderly = members.stream()
                    .anyMatch(m -> m.birthYear() != null
                            && thisYear - m.birthYear() >= vn.kynangso.people.HouseholdService.ELDERLY_AGE);
            items.add(new WorkItem(
                    first.household(),
                    first.hamlet(),
                    first.address(),
                    elderly,
                    first.disability(),
                    first.poverty(),
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

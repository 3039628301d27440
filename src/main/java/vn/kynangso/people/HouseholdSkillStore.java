package vn.kynangso.people;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.HouseholdSkillService.CoveredHousehold;
import vn.kynangso.people.HouseholdSkillService.HamletTally;
import vn.kynangso.people.HouseholdSkillService.HouseholdSkills;

/**
 * Which skills each household holds ({@code household_skill}) and when it became covered
 * ({@code household.covered_at}), in plain SQL: this runs inside every completion's transaction.
 */
@Repository
class HouseholdSkillStore {

    private final JdbcClient jdbc;

    HouseholdSkillStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a person's household is. */
    record HouseholdOfPerson(long householdId, long hamletId) {}

    Optional<HouseholdOfPerson> householdOf(long personId) {
        return jdbc.sql("SELECT h.id, h.hamlet_id FROM person p JOIN household h ON h.id = p.household_id"
                        + " WHERE p.id = ?")
                .param(personId)
                .query((rs, n) -> new HouseholdOfPerson(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    /** Records that someone in the household has the skill; true when nobody there had it before. */
    boolean gainedSkill(long householdId, Skill skill, Instant at) {
        return jdbc.sql("INSERT IGNORE INTO household_skill (household_id, skill, first_at) VALUES (?, ?, ?)")
                        .params(householdId, skill.name(), Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Marks the household covered; true when it was not covered before. */
    boolean covered(long householdId, Instant at) {
        return jdbc.sql("UPDATE household SET covered_at = ? WHERE id = ? AND covered_at IS NULL")
                        .params(Timestamp.from(at), householdId)
                        .update()
                == 1;
    }

    /** {@link HouseholdSkillService#gainsWithin}: the households started at their own moments. */
    HouseholdSkillService.Gains gainsOf(Collection<Long> hamletIds, Map<Long, Instant> startedAt, Duration window) {
        if (startedAt.isEmpty()) {
            return new HouseholdSkillService.Gains(0, 0);
        }
        Map<Long, @Nullable Instant> coveredAt = new HashMap<>();
        jdbc.sql("SELECT id, covered_at FROM household WHERE id IN (:ids) AND hamlet_id IN (:hamlets)")
                .param("ids", startedAt.keySet())
                .param("hamlets", hamletIds)
                .query(rs -> {
                    Timestamp covered = rs.getTimestamp(2);
                    coveredAt.put(rs.getLong(1), covered == null ? null : covered.toInstant());
                });
        Instant earliest = startedAt.values().stream().min(Instant::compareTo).orElseThrow();
        Instant latest = startedAt.values().stream().max(Instant::compareTo).orElseThrow();
        Map<Long, List<Instant>> firsts = new HashMap<>();
        if (!coveredAt.isEmpty()) {
            jdbc.sql("SELECT household_id, first_at FROM household_skill"
                            + " WHERE household_id IN (:ids) AND first_at >= :from AND first_at < :to")
                    .param("ids", coveredAt.keySet())
                    .param("from", Timestamp.from(earliest))
                    .param("to", Timestamp.from(latest.plus(window)))
                    .query(rs -> {
                        firsts.computeIfAbsent(rs.getLong(1), h -> new ArrayList<>())
                                .add(rs.getTimestamp(2).toInstant());
                    });
        }
        long households = 0;
        long gained = 0;
        for (var household : coveredAt.entrySet()) {
            Instant from = startedAt.get(household.getKey());
            Instant covered = household.getValue();
            if (covered != null && covered.isBefore(from)) {
                continue;
            }
            households++;
            Instant to = from.plus(window);
            if (firsts.getOrDefault(household.getKey(), List.of()).stream()
                    .anyMatch(at -> !at.isBefore(from) && at.isBefore(to))) {
                gained++;
            }
        }
        return new HouseholdSkillService.Gains(households, gained);
    }

    /** {@link HouseholdSkillService#gainsWithin}: every other household of the hamlets, from one moment. */
    HouseholdSkillService.Gains gainsOfOthers(
            Collection<Long> hamletIds, Set<Long> except, Instant from, Instant registeredBefore, Duration window) {
        return jdbc.sql("""
                        SELECT COUNT(*),
                               COALESCE(SUM(EXISTS (SELECT 1 FROM household_skill hs WHERE hs.household_id = h.id
                                                    AND hs.first_at >= :from AND hs.first_at < :to)), 0)
                        FROM household h
                        WHERE h.hamlet_id IN (:hamlets) AND h.created_at < :registeredBefore
                          AND (h.covered_at IS NULL OR h.covered_at >= :from) AND h.id NOT IN (:except)
                        """)
                .param("hamlets", hamletIds)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(from.plus(window)))
                .param("registeredBefore", Timestamp.from(registeredBefore))
                .param("except", except.isEmpty() ? List.of(-1L) : except)
                .query((rs, n) -> new HouseholdSkillService.Gains(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** Households of a hamlet with head, member count, covered or not and skills present; not covered first. */
    List<HouseholdSkills> householdsIn(long hamletId) {
        Map<Long, Set<Skill>> skills = jdbc
                .sql("SELECT hs.household_id, hs.skill FROM household_skill hs"
                        + " JOIN household h ON h.id = hs.household_id WHERE h.hamlet_id = ?")
                .param(hamletId)
                .query((rs, n) -> Map.entry(rs.getLong(1), Skill.valueOf(rs.getString(2))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return jdbc.sql("""
                        SELECT h.id, h.address, head.full_name, COUNT(m.id), h.covered_at IS NOT NULL
                        FROM household h
                        LEFT JOIN person head ON head.id = h.head_person_id
                        LEFT JOIN person m ON m.household_id = h.id
                        WHERE h.hamlet_id = ?
                        GROUP BY h.id, h.address, head.full_name, h.covered_at
                        ORDER BY h.covered_at IS NOT NULL, h.id
                        """)
                .param(hamletId)
                .query((rs, n) -> new HouseholdSkills(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBoolean(5),
                        skills.getOrDefault(rs.getLong(1), Set.of())))
                .list();
    }

    long countCovered() {
        return jdbc.sql("SELECT COUNT(*) FROM household WHERE covered_at IS NOT NULL")
                .query(Long.class)
                .single();
    }

    List<CoveredHousehold> covered() {
        return jdbc.sql("SELECT id, hamlet_id, COALESCE(head_person_id, 0), covered_at FROM household"
                        + " WHERE covered_at IS NOT NULL ORDER BY id")
                .query((rs, n) -> new CoveredHousehold(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    long countHouseholds() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    /**
     * Recomputes which skills each household has and when it became covered from the skills learners
     * hold, as learning publishes them (the {@code learner_skill} view): one pass in the database, so a
     * province's rebuild needs no memory here.
     */
    void rebuild() {
        jdbc.sql("DELETE FROM household_skill").update();
        jdbc.sql("""
                        INSERT INTO household_skill (household_id, skill, first_at)
                        SELECT p.household_id, pr.skill, MIN(pr.achieved_at)
                        FROM learner_skill pr JOIN person p ON p.id = pr.person_id
                        WHERE p.household_id IS NOT NULL
                        GROUP BY p.household_id, pr.skill
                        """).update();
        jdbc.sql("""
                        UPDATE household h LEFT JOIN (
                            SELECT p.household_id AS hid, MIN(done.at) AS at
                            FROM (SELECT person_id, MAX(achieved_at) AS at FROM learner_skill
                                  GROUP BY person_id HAVING %s) done
                            JOIN person p ON p.id = done.person_id
                            WHERE p.household_id IS NOT NULL
                            GROUP BY p.household_id) c ON c.hid = h.id
                        SET h.covered_at = c.at
                        """.formatted(CoverageRule.coversSql("skill"))).update();
    }

    /** Households, covered households and households per skill, for every hamlet with households. */
    Map<Long, HamletTally> tallies() {
        return tallies(null);
    }

    /**
     * The same as it stood just before {@code asOf}, from the dated facts (registered, covered, skill
     * first held): every hamlet that had households then. Null: as it stands now.
     */
    Map<Long, HamletTally> tallies(@Nullable Instant asOf) {
        Timestamp before = asOf == null ? null : Timestamp.from(asOf);
        Map<Long, Map<Skill, Long>> perSkill = new HashMap<>();
        jdbc.sql("SELECT h.hamlet_id, hs.skill, COUNT(*) FROM household_skill hs"
                        + " JOIN household h ON h.id = hs.household_id"
                        + (before == null ? "" : " WHERE hs.first_at < :before AND h.created_at < :before")
                        + " GROUP BY h.hamlet_id, hs.skill")
                .params(before == null ? Map.of() : Map.of("before", before))
                .query((rs, n) -> perSkill.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Skill.class))
                        .put(Skill.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        Map<Long, HamletTally> tallies = new HashMap<>();
        jdbc.sql(
                        before == null
                                ? "SELECT hamlet_id, COUNT(*), SUM(covered_at IS NOT NULL) FROM household GROUP BY hamlet_id"
                                : "SELECT hamlet_id, COUNT(*), SUM(covered_at IS NOT NULL AND covered_at < :before)"
                                        + " FROM household WHERE created_at < :before GROUP BY hamlet_id")
                .params(before == null ? Map.of() : Map.of("before", before))
                .query((rs, n) -> tallies.put(
                        rs.getLong(1),
                        new HamletTally(rs.getLong(2), rs.getLong(3), perSkill.getOrDefault(rs.getLong(1), Map.of()))))
                .list();
        return tallies;
    }

    /** {@link #tallies(Instant)} for these hamlets only. */
    Map<Long, HamletTally> talliesOf(Collection<Long> hamletIds, Instant asOf) {
        if (hamletIds.isEmpty()) {
            return Map.of();
        }
        Timestamp before = Timestamp.from(asOf);
        Map<Long, Map<Skill, Long>> perSkill = new HashMap<>();
        jdbc.sql("SELECT h.hamlet_id, hs.skill, COUNT(*) FROM household_skill hs"
                        + " JOIN household h ON h.id = hs.household_id"
                        + " WHERE hs.first_at < :before AND h.created_at < :before AND h.hamlet_id IN (:hamlets)"
                        + " GROUP BY h.hamlet_id, hs.skill")
                .param("before", before)
                .param("hamlets", hamletIds)
                .query((rs, n) -> perSkill.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Skill.class))
                        .put(Skill.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        Map<Long, HamletTally> tallies = new HashMap<>();
        jdbc.sql("SELECT hamlet_id, COUNT(*), SUM(covered_at IS NOT NULL AND covered_at < :before)"
                        + " FROM household WHERE created_at < :before AND hamlet_id IN (:hamlets)"
                        + " GROUP BY hamlet_id")
                .param("before", before)
                .param("hamlets", hamletIds)
                .query((rs, n) -> tallies.put(
                        rs.getLong(1),
                        new HamletTally(rs.getLong(2), rs.getLong(3), perSkill.getOrDefault(rs.getLong(1), Map.of()))))
                .list();
        return tallies;
    }

    /**
     * {@link #tallies(Instant)} at each of these moments (ascending), in one pass over the dated
     * facts instead of one pass per moment: for filling in many weeks at once.
     */
    List<Map<Long, HamletTally>> talliesAt(List<Instant> ends) {
        int n = ends.size();
        int skills = Skill.values().length;
        // per hamlet, per moment: what starts counting from that moment on (households, covered, skills)
        Map<Long, long[][]> starts = new HashMap<>();
        jdbc.sql("SELECT hamlet_id, created_at, covered_at FROM household").query(rs -> {
            int registered = firstEndAfter(ends, rs.getTimestamp(2).toInstant());
            if (registered < n) {
                long[][] counts = starts.computeIfAbsent(rs.getLong(1), k -> new long[n][2 + skills]);
                counts[registered][0]++;
                Timestamp covered = rs.getTimestamp(3);
                if (covered != null) {
                    int at = Math.max(registered, firstEndAfter(ends, covered.toInstant()));
                    if (at < n) {
                        counts[at][1]++;
                    }
                }
            }
        });
        jdbc.sql("SELECT h.hamlet_id, h.created_at, hs.skill, hs.first_at FROM household_skill hs"
                        + " JOIN household h ON h.id = hs.household_id")
                .query(rs -> {
                    int at = Math.max(
                            firstEndAfter(ends, rs.getTimestamp(2).toInstant()),
                            firstEndAfter(ends, rs.getTimestamp(4).toInstant()));
                    if (at < n) {
                        Skill skill = Skill.valueOf(rs.getString(3));
                        starts.computeIfAbsent(rs.getLong(1), k -> new long[n][2 + skills])[at][2 + skill.ordinal()]++;
                    }
                });
        List<Map<Long, HamletTally>> tallies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tallies.add(new HashMap<>());
        }
        starts.forEach((hamlet, counts) -> {
            long[] running = new long[2 + skills];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < running.length; c++) {
                    running[c] += counts[i][c];
                }
                if (running[0] > 0) {
                    Map<Skill, Long> perSkill = new EnumMap<>(Skill.class);
                    for (Skill skill : Skill.values()) {
                        perSkill.put(skill, running[2 + skill.ordinal()]);
                    }
                    tallies.get(i).put(hamlet, new HamletTally(running[0], running[1], perSkill));
                }
            }
        });
        return tallies;
    }

    /** The index of the first of the ascending {@code ends} after {@code at}; their count when none is. */
    private static int firstEndAfter(List<Instant> ends, Instant at) {
        int low = 0;
        int high = ends.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends.get(mid).isAfter(at)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** When the first household still registered was registered; empty when none is. */
    Optional<Instant> firstRegistered() {
        return jdbc.sql("SELECT MIN(created_at) FROM household")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }
}

package vn.kynangso.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kynangso.catalog.Skill;

/** The coverage summary tables, in SQL: increments for every event, sums for every screen. */
@Repository
class CoverageStore {

    static final String SKILL_SUMS = "SUM(public_services), SUM(online_shopping), SUM(online_payment),"
            + " SUM(cyber_safety), SUM(digital_platforms)";

    private final JdbcClient jdbc;

    CoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String column(Skill skill) {
        return skill.name().toLowerCase(java.util.Locale.ROOT);
    }

    void ensureHamlet(long hamletId, Long communeId, Long provinceId) {
        jdbc.sql("INSERT IGNORE INTO hamlet_coverage (hamlet_id, commune_id, province_id) VALUES (?, ?, ?)")
                .params(hamletId, communeId, provinceId)
                .update();
    }

    /** Where a person's household is counted, and whether that hamlet has its summary row yet. */
    record HouseholdInHamlet(long householdId, long hamletId, boolean summarised) {}

    /** The household of a person, in one read; empty for someone without one (a student, an official). */
    Optional<HouseholdInHamlet> householdOf(long personId) {
        return jdbc.sql("""
                        SELECT h.id, h.hamlet_id, EXISTS (SELECT 1 FROM hamlet_coverage c WHERE c.hamlet_id = h.hamlet_id)
                        FROM person p JOIN household h ON h.id = p.household_id
                        WHERE p.id = ?
                        """)
                .param(personId)
                .query((rs, n) -> new HouseholdInHamlet(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .optional();
    }

    boolean hasHamlet(long hamletId) {
        return jdbc.sql("SELECT COUNT(*) FROM hamlet_coverage WHERE hamlet_id = ?")
                        .param(hamletId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void householdAdded(long hamletId) {
        jdbc.sql("UPDATE hamlet_coverage SET households = households + 1 WHERE hamlet_id = ?")
                .param(hamletId)
                .update();
    }

    /** Records that someone in the household has the skill; true when nobody there had it before. */
    boolean householdGainedSkill(long householdId, Skill skill, Instant at) {
        return jdbc.sql("INSERT IGNORE INTO household_skill (household_id, skill, first_at) VALUES (?, ?, ?)")
                        .params(householdId, skill.name(), Timestamp.from(at))
                        .update()
                == 1;
    }

    void skillAdded(long hamletId, Skill skill) {
        String col = column(skill);
        jdbc.sql("UPDATE hamlet_coverage SET " + col + " = " + col + " + 1 WHERE hamlet_id = ?")
                .param(hamletId)
                .update();
    }

    /** Marks the household covered; true when it was not covered before. */
    boolean householdCovered(long householdId, Instant at) {
        return jdbc.sql("UPDATE household SET covered_at = ? WHERE id = ? AND covered_at IS NULL")
                        .params(Timestamp.from(at), householdId)
                        .update()
                == 1;
    }

    void coveredAdded(long hamletId) {
        jdbc.sql("UPDATE hamlet_coverage SET covered = covered + 1 WHERE hamlet_id = ?")
                .param(hamletId)
                .update();
    }

    /** Sums per commune of a province. */
    Map<Long, Coverage> perCommune(long provinceId) {
        return jdbc
                .sql("SELECT commune_id, SUM(households), SUM(covered), " + SKILL_SUMS
                        + " FROM hamlet_coverage WHERE province_id = ? GROUP BY commune_id")
                .param(provinceId)
                .query(CoverageStore::sums)
                .list()
                .stream()
                .collect(Collectors.toMap(Coverage::placeId, c -> c));
    }

    /** Sums over a province's hamlets (none, or one row). */
    List<Coverage> ofProvince(long provinceId) {
        return sumsWhere("province_id", provinceId);
    }

    /** Sums over a commune's hamlets (none, or one row). */
    List<Coverage> ofCommune(long communeId) {
        return sumsWhere("commune_id", communeId);
    }

    private List<Coverage> sumsWhere(String column, long placeId) {
        return jdbc.sql("SELECT " + column + ", SUM(households), SUM(covered), " + SKILL_SUMS
                        + " FROM hamlet_coverage WHERE " + column + " = ? GROUP BY " + column)
                .param(placeId)
                .query(CoverageStore::sums)
                .list();
    }

    /** Rows of the given hamlets. */
    Map<Long, Coverage> hamlets(Collection<Long> hamletIds) {
        if (hamletIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT hamlet_id, households, covered, public_services, online_shopping, online_payment,"
                        + " cyber_safety, digital_platforms FROM hamlet_coverage WHERE hamlet_id IN (:ids)")
                .param("ids", hamletIds)
                .query(CoverageStore::sums)
                .list()
                .stream()
                .collect(Collectors.toMap(Coverage::placeId, c -> c));
    }

    /** Households of a hamlet with head, member count, covered flag and skills present. */
    List<HouseholdCoverage> householdsOf(long hamletId) {
        Map<Long, Set<Skill>> skills = jdbc
                .sql(
                        "SELECT hs.household_id, hs.skill FROM household_skill hs JOIN household h ON h.id = hs.household_id"
                                + " WHERE h.hamlet_id = ?")
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
                .query((rs, n) -> new HouseholdCoverage(
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

    List<HouseholdCovered> coveredHouseholds() {
        return jdbc.sql("SELECT id, hamlet_id, COALESCE(head_person_id, 0), covered_at FROM household"
                        + " WHERE covered_at IS NOT NULL ORDER BY id")
                .query((rs, n) -> new HouseholdCovered(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM hamlet_coverage")
                        .query(Long.class)
                        .single()
                == 0;
    }

    long householdsRegistered() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    /** Every hamlet row, for comparing with a rebuild. */
    Map<Long, Coverage> allHamlets() {
        return jdbc
                .sql("SELECT hamlet_id, households, covered, public_services, online_shopping, online_payment,"
                        + " cyber_safety, digital_platforms FROM hamlet_coverage")
                .query(CoverageStore::sums)
                .list()
                .stream()
                .collect(Collectors.toMap(Coverage::placeId, c -> c));
    }

    /**
     * Recomputes everything from the raw rows (people, households, proficiency): which skills each
     * household has, when it became covered, and every hamlet's figures. Returns the fresh rows.
     */
    Map<Long, Coverage> rebuild() {
        jdbc.sql("DELETE FROM household_skill").update();
        jdbc.sql("""
                        INSERT INTO household_skill (household_id, skill, first_at)
                        SELECT p.household_id, pr.skill, MIN(pr.achieved_at)
                        FROM proficiency pr JOIN person p ON p.id = pr.person_id
                        WHERE p.household_id IS NOT NULL
                        GROUP BY p.household_id, pr.skill
                        """).update();
        jdbc.sql("""
                        UPDATE household h LEFT JOIN (
                            SELECT p.household_id AS hid, MIN(done.at) AS at
                            FROM (SELECT person_id, MAX(achieved_at) AS at FROM proficiency
                                  GROUP BY person_id HAVING COUNT(*) = 5) done
                            JOIN person p ON p.id = done.person_id
                            WHERE p.household_id IS NOT NULL
                            GROUP BY p.household_id) c ON c.hid = h.id
                        SET h.covered_at = c.at
                        """).update();
        List<Object[]> rows = jdbc.sql("""
                        WITH RECURSIVE up (hamlet_id, id, parent_id, level) AS (
                            SELECT id, id, parent_id, level FROM place WHERE level = 'HAMLET'
                            UNION ALL
                            SELECT up.hamlet_id, p.id, p.parent_id, p.level FROM place p JOIN up ON p.id = up.parent_id
                        ), areas AS (
                            SELECT hamlet_id,
                                   MAX(CASE WHEN level = 'COMMUNE' THEN id END) AS commune_id,
                                   MAX(CASE WHEN level = 'PROVINCE' THEN id END) AS province_id
                            FROM up GROUP BY hamlet_id
                        ), skills AS (
                            SELECT household_id,
                                   MAX(skill = 'PUBLIC_SERVICES') AS ps, MAX(skill = 'ONLINE_SHOPPING') AS os,
                                   MAX(skill = 'ONLINE_PAYMENT') AS op, MAX(skill = 'CYBER_SAFETY') AS cs,
                                   MAX(skill = 'DIGITAL_PLATFORMS') AS dp
                            FROM household_skill GROUP BY household_id
                        ), counts AS (
                            SELECT h.hamlet_id, COUNT(*) AS households, SUM(h.covered_at IS NOT NULL) AS covered,
                                   COALESCE(SUM(s.ps), 0) AS ps, COALESCE(SUM(s.os), 0) AS os,
                                   COALESCE(SUM(s.op), 0) AS op, COALESCE(SUM(s.cs), 0) AS cs,
                                   COALESCE(SUM(s.dp), 0) AS dp
                            FROM household h LEFT JOIN skills s ON s.household_id = h.id
                            GROUP BY h.hamlet_id
                        )
                        SELECT c.hamlet_id, a.commune_id, a.province_id, c.households, c.covered,
                               c.ps, c.os, c.op, c.cs, c.dp
                        FROM counts c LEFT JOIN areas a ON a.hamlet_id = c.hamlet_id
                        """)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getObject(2),
                    rs.getObject(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getLong(7),
                    rs.getLong(8),
                    rs.getLong(9),
                    rs.getLong(10)
                })
                .list();
        jdbc.sql("DELETE FROM hamlet_coverage").update();
        for (Object[] row : rows) {
            jdbc.sql("""
                            INSERT INTO hamlet_coverage (hamlet_id, commune_id, province_id, households, covered,
                                public_services, online_shopping, online_payment, cyber_safety, digital_platforms)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """).params(row).update();
        }
        return allHamlets();
    }

    private static Coverage sums(ResultSet rs, int row) throws SQLException {
        Map<Skill, Long> perSkill = new EnumMap<>(Skill.class);
        Skill[] skills = Skill.values();
        for (int i = 0; i < skills.length; i++) {
            perSkill.put(skills[i], rs.getLong(4 + i));
        }
        return new Coverage(rs.getLong(1), "", rs.getLong(2), rs.getLong(3), perSkill);
    }
}

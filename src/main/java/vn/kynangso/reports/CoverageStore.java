package vn.kynangso.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kynangso.catalog.Skill;

/**
 * The per-hamlet coverage summaries ({@code hamlet_coverage}), in SQL: increments for every event,
 * sums for every screen. The skill columns are named after {@link Skill}, one per skill, in its
 * order.
 */
@Repository
class CoverageStore {

    /** The skill columns, in {@link Skill} order: {@code public_services, online_shopping, …}. */
    static final String SKILL_COLUMNS =
            Arrays.stream(Skill.values()).map(CoverageStore::column).collect(Collectors.joining(", "));

    private static final String SKILL_SUMS = Arrays.stream(Skill.values())
            .map(skill -> "SUM(" + column(skill) + ")")
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    CoverageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String column(Skill skill) {
        return skill.name().toLowerCase(Locale.ROOT);
    }

    /** Whether the hamlet has its summary row: a plain read, which takes no lock. */
    boolean hasHamlet(long hamletId) {
        return jdbc.sql("SELECT COUNT(*) FROM hamlet_coverage WHERE hamlet_id = ?")
                        .param(hamletId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void ensureHamlet(long hamletId, @Nullable Long communeId, @Nullable Long provinceId) {
        jdbc.sql("INSERT IGNORE INTO hamlet_coverage (hamlet_id, commune_id, province_id) VALUES (?, ?, ?)")
                .params(hamletId, communeId, provinceId)
                .update();
    }

    /** Counts one more household; false when the hamlet has no summary row yet. */
    boolean householdAdded(long hamletId) {
        return increment("households", hamletId);
    }

    /** Counts one more household with the skill; false when the hamlet has no summary row yet. */
    boolean skillAdded(long hamletId, Skill skill) {
        return increment(column(skill), hamletId);
    }

    /** Counts one more covered household; false when the hamlet has no summary row yet. */
    boolean coveredAdded(long hamletId) {
        return increment("covered", hamletId);
    }

    private boolean increment(String column, long hamletId) {
        return jdbc.sql("UPDATE hamlet_coverage SET " + column + " = " + column + " + 1 WHERE hamlet_id = ?")
                        .param(hamletId)
                        .update()
                == 1;
    }

    /** Sums per commune of a province. */
    Map<Long, Coverage> perCommune(long provinceId) {
        return byPlace(jdbc.sql("SELECT commune_id, SUM(households), SUM(covered), " + SKILL_SUMS
                        + " FROM hamlet_coverage WHERE province_id = ? GROUP BY commune_id")
                .param(provinceId)
                .query(CoverageStore::sums)
                .list());
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
        return byPlace(jdbc.sql("SELECT hamlet_id, households, covered, " + SKILL_COLUMNS
                        + " FROM hamlet_coverage WHERE hamlet_id IN (:ids)")
                .param("ids", hamletIds)
                .query(CoverageStore::sums)
                .list());
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM hamlet_coverage")
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** Every hamlet row, for comparing with a rebuild. */
    Map<Long, Coverage> allHamlets() {
        return byPlace(jdbc.sql("SELECT hamlet_id, households, covered, " + SKILL_COLUMNS + " FROM hamlet_coverage")
                .query(CoverageStore::sums)
                .list());
    }

    /** One hamlet's row as a rebuild computed it. */
    record HamletRow(
            long hamletId,
            @Nullable Long communeId,
            @Nullable Long provinceId,
            Coverage figures) {}

    /** Replaces every summary row with these. */
    void replaceAll(Collection<HamletRow> rows) {
        jdbc.sql("DELETE FROM hamlet_coverage").update();
        String insert = "INSERT INTO hamlet_coverage (hamlet_id, commune_id, province_id, households, covered, "
                + SKILL_COLUMNS + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(Skill.values().length) + ")";
        for (HamletRow row : rows) {
            List<@Nullable Object> params = new ArrayList<>(List.of(row.hamletId()));
            params.add(row.communeId());
            params.add(row.provinceId());
            params.addAll(figureValues(row.figures()));
            jdbc.sql(insert).params(params).update();
        }
    }

    private static Map<Long, Coverage> byPlace(List<Coverage> rows) {
        return rows.stream().collect(Collectors.toMap(Coverage::placeId, c -> c));
    }

    private static Coverage sums(ResultSet rs, int row) throws SQLException {
        return new Coverage(rs.getLong(1), "", rs.getLong(2), rs.getLong(3), perSkill(rs, 4));
    }

    /** The figures in column order: households, covered, then {@link #SKILL_COLUMNS}. */
    static List<Long> figureValues(Coverage figures) {
        List<Long> values = new ArrayList<>(List.of(figures.households(), figures.covered()));
        for (Skill skill : Skill.values()) {
            values.add(figures.skill(skill));
        }
        return values;
    }

    /** The skill columns of a row, {@link #SKILL_COLUMNS} from column {@code first} on. */
    static Map<Skill, Long> perSkill(ResultSet rs, int first) throws SQLException {
        Map<Skill, Long> perSkill = new EnumMap<>(Skill.class);
        Skill[] skills = Skill.values();
        for (int i = 0; i < skills.length; i++) {
            perSkill.put(skills[i], rs.getLong(first + i));
        }
        return perSkill;
    }
}

package vn.kynangso.certificates;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kynangso.catalog.Skill;
import vn.kynangso.certificates.Certificate.Kind;

/**
 * The certificate table: every read and write of it. Rows are mapped to {@link Certificate} by
 * column name ({@code holder_name} → {@code holderName}), so a new column is one more record
 * component, not one more line in a hand-written mapper.
 */
@Repository
class CertificateRepository {

    private static final String COLUMNS = "id, code, kind, person_id, household_id, course_code, holder_name,"
            + " birth_year, title_vi, title_en, skill, credit_hours, completed_on, place_id, commune_name, province_name,"
            + " commune_id, province_id, issued_at, revoked_at, revoke_reason, holder_erased_at";

    /** What a print job makes: valid certificates that still name their holder. */
    private static final String PRINTABLE_IN_COMMUNE =
            "commune_id = ? AND revoked_at IS NULL AND holder_erased_at IS NULL";

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a certificate was issued, as printed on it (kept as it was on the day). */
    record IssuedIn(
            long placeId,
            @Nullable String communeName,
            @Nullable String provinceName,
            @Nullable Long communeId,
            @Nullable Long provinceId) {}

    /** What a course certificate says about its holder and course. */
    record CourseLine(
            long personId,
            long courseVersionId,
            String courseCode,
            String holderName,
            @Nullable Integer birthYear,
            String titleVi,
            String titleEn,
            @Nullable Skill skill,
            @Nullable Integer creditHours,
            LocalDate completedOn,
            @Nullable Instant holderErasedAt) {}

    /** What a household certificate says: its head, and its address as the title. */
    record HouseholdLine(
            long householdId,
            String holderName,
            String titleVi,
            String titleEn,
            LocalDate completedOn,
            @Nullable Instant holderErasedAt) {}

    Optional<Certificate> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id = ?")
                .param(id)
                .query(Certificate.class)
                .optional();
    }

    Optional<Certificate> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE code = ?")
                .param(code)
                .query(Certificate.class)
                .optional();
    }

    /** Certificates by id, in that order, in one read (a print job's next slice). */
    List<Certificate> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Certificate> found = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE id IN (:ids)")
                .param("ids", ids)
                .query(Certificate.class)
                .list()
                .forEach(c -> found.put(c.id(), c));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** A person's certificates and, when they belong to one, their household's: newest first. */
    List<Certificate> heldBy(long personId, @Nullable Long householdId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certificate WHERE person_id = ? OR household_id = ?"
                        + " ORDER BY issued_at DESC, id")
                .params(personId, householdId)
                .query(Certificate.class)
                .list();
    }

    /** Person → course code → certificate code of these people's valid course certificates. */
    Map<Long, Map<String, String>> validCourseCodesOf(Collection<Long> personIds) {
        Map<Long, Map<String, String>> codes = new HashMap<>();
        if (personIds.isEmpty()) {
            return codes;
        }
        jdbc.sql("SELECT person_id, course_code, code FROM certificate"
                        + " WHERE person_id IN (:persons) AND kind = 'COURSE' AND revoked_at IS NULL")
                .param("persons", personIds)
                .query((rs, n) -> codes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        return codes;
    }

    long countPrintableIn(long communeId) {
        return jdbc.sql("SELECT COUNT(*) FROM certificate WHERE " + PRINTABLE_IN_COMMUNE)
                .param(communeId)
                .query(Long.class)
                .single();
    }

    List<Long> printableIdsIn(long communeId) {
        return jdbc.sql("SELECT id FROM certificate WHERE " + PRINTABLE_IN_COMMUNE + " ORDER BY id")
                .param(communeId)
                .query(Long.class)
                .list();
    }

    long count(Kind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM certificate WHERE kind = ?")
                .param(kind.name())
                .query(Long.class)
                .single();
    }

    /**
     * Inserts a course certificate unless the learner has one for this course version: the unique
     * key (person, course version) makes a second insert, by any thread or node, do nothing.
     */
    void insertCourse(String code, CourseLine line, IssuedIn place, Instant issuedAt) {
        jdbc.sql("INSERT IGNORE INTO certificate (code, kind, person_id, course_version_id, course_code, holder_name,"
                        + " birth_year, title_vi, title_en, skill, credit_hours, completed_on, place_id, commune_name,"
                        + " province_name, commune_id, province_id, issued_at, holder_erased_at)"
                        + " VALUES (?, 'COURSE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        code,
                        line.personId(),
                        line.courseVersionId(),
                        line.courseCode(),
                        line.holderName(),
                        line.birthYear(),
                        line.titleVi(),
                        line.titleEn(),
                        line.skill() == null ? null : line.skill().name(),
                        line.creditHours(),
                        line.completedOn())
                .params(issued(place, issuedAt, line.holderErasedAt()))
                .update();
    }

    /** Inserts a household's certificate unless it has one (unique key: household, kind). */
    void insertHousehold(String code, HouseholdLine line, IssuedIn place, Instant issuedAt) {
        jdbc.sql("INSERT IGNORE INTO certificate (code, kind, household_id, holder_name, title_vi, title_en,"
                        + " completed_on, place_id, commune_name, province_name, commune_id, province_id, issued_at,"
                        + " holder_erased_at)"
                        + " VALUES (?, 'HOUSEHOLD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, line.householdId(), line.holderName(), line.titleVi(), line.titleEn(), line.completedOn())
                .params(issued(place, issuedAt, line.holderErasedAt()))
                .update();
    }

    /** Revokes a certificate not revoked yet; false when it already was. */
    boolean revoke(long id, Instant at, long byAccountId, String reason) {
        return jdbc.sql("UPDATE certificate SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ?"
                                + " AND revoked_at IS NULL")
                        .params(Timestamp.from(at), byAccountId, reason, id)
                        .update()
                > 0;
    }

    /** A person's own certificates no longer name them. */
    void erasePersonHolder(long personId, Instant at) {
        jdbc.sql("UPDATE certificate SET holder_name = '', birth_year = NULL, holder_erased_at = ? WHERE person_id = ?")
                .params(Timestamp.from(at), personId)
                .update();
    }

    /** A household's certificate no longer names its head, nor (when nobody named is left) its address. */
    void eraseHouseholdHolder(long householdId, boolean address, Instant at) {
        jdbc.sql("UPDATE certificate SET holder_name = '', holder_erased_at = ?"
                        + (address ? ", title_vi = '', title_en = ''" : "")
                        + " WHERE household_id = ? AND kind = 'HOUSEHOLD'")
                .params(Timestamp.from(at), householdId)
                .update();
    }

    /** Where and when a certificate was issued, and when its holder was erased: the last columns of both inserts. */
    private static List<@Nullable Object> issued(IssuedIn place, Instant issuedAt, @Nullable Instant holderErasedAt) {
        return Arrays.asList(
                place.placeId(),
                place.communeName(),
                place.provinceName(),
                place.communeId(),
                place.provinceId(),
                Timestamp.from(issuedAt),
                timestamp(holderErasedAt));
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}

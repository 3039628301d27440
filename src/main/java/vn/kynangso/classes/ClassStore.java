package vn.kynangso.classes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.kynangso.places.PlaceService;

/** The rows of {@code school_class}, read with their commune's name. */
@Component
class ClassStore {

    private static final String COLUMNS = "id, commune_id, teacher_account_id, school, grade, name, school_year,"
            + " join_code, code_enabled, archived_at, created_at";

    private final JdbcClient jdbc;
    private final PlaceService places;

    ClassStore(JdbcClient jdbc, PlaceService places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    Optional<SchoolClass> find(long id) {
        return named(jdbc.sql("SELECT " + COLUMNS + " FROM school_class WHERE id = ?")
                        .param(id)
                        .query(ClassStore::row)
                        .list())
                .stream()
                .findFirst();
    }

    Optional<SchoolClass> byCode(String code) {
        return named(jdbc.sql("SELECT " + COLUMNS + " FROM school_class WHERE join_code = ?")
                        .param(code)
                        .query(ClassStore::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** A teacher's own classes and every class of the communes given; current ones first. */
    List<SchoolClass> of(@Nullable Long teacherAccountId, Collection<Long> communeIds) {
        return named(jdbc.sql("SELECT " + COLUMNS + " FROM school_class WHERE teacher_account_id = :teacher"
                        + (communeIds.isEmpty() ? "" : " OR commune_id IN (:communes)")
                        + " ORDER BY archived_at IS NOT NULL, school_year DESC, school, grade, name, id")
                .param("teacher", teacherAccountId == null ? -1L : teacherAccountId)
                .param("communes", communeIds.isEmpty() ? List.of(-1L) : communeIds)
                .query(ClassStore::row)
                .list());
    }

    /** The classes a learner is in that are not archived, the newest school year first. */
    List<SchoolClass> currentOf(long personId) {
        return named(jdbc.sql("SELECT " + COLUMNS + " FROM school_class WHERE archived_at IS NULL"
                        + " AND id IN (SELECT class_id FROM class_student WHERE person_id = ?)"
                        + " ORDER BY school_year DESC, school, grade, name, id")
                .param(personId)
                .query(ClassStore::row)
                .list());
    }

    /** The group a learner is in, by class (classes where they are in no group are left out). */
    Map<Long, Long> groupsOf(long personId) {
        Map<Long, Long> groups = new HashMap<>();
        jdbc.sql("SELECT class_id, group_id FROM class_student WHERE person_id = ? AND group_id IS NOT NULL")
                .param(personId)
                .query(rs -> {
                    groups.put(rs.getLong(1), rs.getLong(2));
                });
        return groups;
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM school_class WHERE join_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<SchoolClass> named(List<SchoolClass> rows) {
        Map<Long, String> names = new HashMap<>();
        places.findAll(rows.stream().map(SchoolClass::communeId).distinct().toList())
                .forEach(p -> names.put(p.getId(), p.getName()));
        return rows.stream()
                .map(c -> new SchoolClass(
                        c.id(),
                        c.communeId(),
                        names.getOrDefault(c.communeId(), ""),
                        c.teacherAccountId(),
                        c.school(),
                        c.grade(),
                        c.name(),
                        c.schoolYear(),
                        c.joinCode(),
                        c.codeEnabled(),
                        c.archivedAt(),
                        c.createdAt()))
                .toList();
    }

    private static SchoolClass row(ResultSet rs, int n) throws SQLException {
        Timestamp archived = rs.getTimestamp("archived_at");
        return new SchoolClass(
                rs.getLong("id"),
                rs.getLong("commune_id"),
                "",
                rs.getLong("teacher_account_id"),
                rs.getString("school"),
                rs.getString("grade"),
                rs.getString("name"),
                rs.getString("school_year"),
                rs.getString("join_code"),
                rs.getBoolean("code_enabled"),
                archived == null ? null : archived.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}

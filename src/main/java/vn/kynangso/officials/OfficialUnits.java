package vn.kynangso.officials;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A commune's units of officials (the People's Committee, its offices, public service units) and who is in which. */
@Service
public class OfficialUnits {

    /** Longest unit name (the column's size). */
    public static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final OfficialsArea area;
    private final OfficialRoster roster;

    OfficialUnits(JdbcClient jdbc, OfficialsArea area, OfficialRoster roster) {
        this.jdbc = jdbc;
        this.area = area;
        this.roster = roster;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Unit> units(long communeId) {
        area.check(communeId);
        return jdbc.sql("SELECT id, name FROM official_unit WHERE commune_id = ? ORDER BY name")
                .param(communeId)
                .query(Unit.class)
                .list();
    }

    /** Adds a unit to a commune (or returns the one of that name). */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Unit createUnit(long communeId, String name) {
        area.check(communeId);
        if (name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("unit name");
        }
        jdbc.sql("INSERT IGNORE INTO official_unit (commune_id, name) VALUES (?, ?)")
                .params(communeId, name.strip())
                .update();
        return jdbc.sql("SELECT id, name FROM official_unit WHERE commune_id = ? AND name = ?")
                .params(communeId, name.strip())
                .query(Unit.class)
                .single();
    }

    /** Puts an official of the admin's area into a unit of their commune. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void setUnit(long personId, long unitId) {
        long commune = jdbc.sql("SELECT commune_id FROM official_unit WHERE id = ?")
                .param(unitId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new AccessDeniedException("unit"));
        area.check(commune);
        if (roster.of(commune).stream().noneMatch(o -> o.personId() == personId)) {
            throw new AccessDeniedException("not an official of this commune");
        }
        jdbc.sql("INSERT INTO official_membership (person_id, unit_id) VALUES (?, ?)"
                        + " ON DUPLICATE KEY UPDATE unit_id = VALUES(unit_id)")
                .params(personId, unitId)
                .update();
    }
}

package vn.kynangso.officials;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A commune's officials: people with an official's sign-in who live in it, with their unit. */
@Component
class OfficialRoster {

    /** An official as the evaluation lists them. */
    record Official(
            long personId,
            String name,
            @Nullable Integer birthYear,
            @Nullable String unit) {}

    private final JdbcClient jdbc;
    private final OfficialsArea area;

    OfficialRoster(JdbcClient jdbc, OfficialsArea area) {
        this.jdbc = jdbc;
        this.area = area;
    }

    /** In the evaluation sheet's order: by unit (none last), then by name. */
    List<Official> of(long communeId) {
        return jdbc.sql("""
                        SELECT p.id, p.full_name, p.birth_year, u.name
                        FROM person p
                        JOIN account a ON a.person_id = p.id
                        JOIN account_role r ON r.account_id = a.id AND r.role = 'OFFICIAL'
                        LEFT JOIN official_membership m ON m.person_id = p.id
                        LEFT JOIN official_unit u ON u.id = m.unit_id
                        WHERE p.place_id IN (:places)
                        ORDER BY u.name IS NULL, u.name, p.full_name
                        """)
                .param("places", area.selfAndWithin(communeId))
                .query((rs, n) ->
                        new Official(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class), rs.getString(4)))
                .list();
    }
}

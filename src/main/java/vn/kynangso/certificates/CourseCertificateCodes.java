package vn.kynangso.certificates;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.PersonRecordsAccess;

/** The codes of people's valid course certificates, read for many people at once (the evaluation sheet). */
@Service
public class CourseCertificateCodes {

    private final JdbcClient jdbc;
    private final PersonRecordsAccess access;

    CourseCertificateCodes(JdbcClient jdbc, PersonRecordsAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Person → course code → certificate code, revoked ones left out; each person the caller's own or in their area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICIAL','COMMUNE_ADMIN','PROVINCE_ADMIN','SYSTEM')")
    public Map<Long, Map<String, String>> of(Collection<Long> personIds) {
        Map<Long, Map<String, String>> codes = new HashMap<>();
        if (personIds.isEmpty()) {
            return codes;
        }
        access.check(personIds);
        jdbc.sql("SELECT person_id, course_code, code FROM certificate"
                        + " WHERE person_id IN (:persons) AND kind = 'COURSE' AND revoked_at IS NULL")
                .param("persons", personIds)
                .query((rs, n) -> codes.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        return codes;
    }
}

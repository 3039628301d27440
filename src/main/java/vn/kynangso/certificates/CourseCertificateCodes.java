package vn.kynangso.certificates;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.PersonRecordsAccess;

/** The codes of people's valid course certificates, read for many people at once (the evaluation sheet). */
@Service
public class CourseCertificateCodes {

    private final CertificateRepository certificates;
    private final PersonRecordsAccess access;

    CourseCertificateCodes(CertificateRepository certificates, PersonRecordsAccess access) {
        this.certificates = certificates;
        this.access = access;
    }

    /** Person → course code → certificate code, revoked ones left out; each person the caller's own or in their area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICIAL','COMMUNE_ADMIN','PROVINCE_ADMIN','SYSTEM')")
    public Map<Long, Map<String, String>> of(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return new HashMap<>();
        }
        access.check(personIds);
        return certificates.validCourseCodesOf(personIds);
    }
}

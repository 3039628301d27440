package vn.kynangso.certificates;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.learning.HeldCertificates;

/** Tells a learner's overview whether they hold a certificate: the same list as their certificates page. */
@Component
class LearnerCertificates implements HeldCertificates {

    private final CertificateRepository certificates;
    private final CertificateAccess access;

    LearnerCertificates(CertificateRepository certificates, CertificateAccess access) {
        this.certificates = certificates;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holdsAny(long personId) {
        return !certificates
                .heldBy(personId, access.householdOf(personId).orElse(null))
                .isEmpty();
    }
}

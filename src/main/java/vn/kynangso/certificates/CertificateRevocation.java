package vn.kynangso.certificates;

import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;

/**
 * Revoking a certificate: a commune or province admin of the area it was issued in, with a reason
 * (kept for that area's admins; the public sees only that it was revoked, and when).
 */
@Service
public class CertificateRevocation {

    /** The longest reason kept; a longer one is cut. */
    static final int REASON_LENGTH = 500;

    private final CertificateRepository certificates;
    private final CertificateAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    CertificateRevocation(
            CertificateRepository certificates, CertificateAccess access, CurrentUser currentUser, Clock clock) {
        this.certificates = certificates;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Revokes the certificate with this code, as typed; revoking it again changes nothing (the first
     * date and reason stay).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void revoke(String typedCode, String reason) {
        Certificate certificate = CertificateCodes.normalize(typedCode)
                .flatMap(certificates::byCode)
                .orElseThrow(() -> new AccessDeniedException("certificate"));
        if (!access.inMyArea(certificate)) {
            throw new AccessDeniedException("certificate outside the area");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        String kept = reason.strip();
        certificates.revoke(
                certificate.id(),
                clock.instant(),
                currentUser.require().getAccountId(),
                kept.length() > REASON_LENGTH ? kept.substring(0, REASON_LENGTH) : kept);
    }

    /** Whether the signed-in person may revoke this certificate: an admin of its area. */
    @Transactional(readOnly = true)
    public boolean mayRevoke(Certificate certificate) {
        return currentUser
                        .get()
                        .filter(u -> u.hasRole(Roles.COMMUNE_ADMIN) || u.hasRole(Roles.PROVINCE_ADMIN))
                        .isPresent()
                && access.inMyArea(certificate);
    }
}

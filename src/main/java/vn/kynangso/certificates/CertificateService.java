package vn.kynangso.certificates;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * A person's certificates, as they and the screens of other features see them: the list, each as a
 * PDF, and the code as people read it. Issuing ({@link CertificateIssuer}), drawing ({@link
 * CertificateRenderer}), checking ({@link CertificateVerification}) and revoking ({@link
 * CertificateRevocation}) each have a class of their own.
 */
@Service
public class CertificateService {

    private final CertificateRepository certificates;
    private final CertificateAccess access;
    private final CertificateRenderer renderer;
    private final CurrentUser currentUser;

    CertificateService(
            CertificateRepository certificates,
            CertificateAccess access,
            CertificateRenderer renderer,
            CurrentUser currentUser) {
        this.certificates = certificates;
        this.access = access;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    /** The signed-in learner's certificates, and their household's: newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Certificate> mine() {
        Long person = currentUser.get().flatMap(SignedInUser::getPersonId).orElse(null);
        if (person == null) {
            return List.of();
        }
        return certificates.heldBy(person, access.householdOf(person).orElse(null));
    }

    /**
     * A certificate as a one-page PDF in Vietnamese or English: for its holder (a household's for
     * every member), or the team and admins of its area (to print).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] pdf(long certificateId, Locale locale) {
        Certificate certificate =
                certificates.byId(certificateId).orElseThrow(() -> new AccessDeniedException("certificate"));
        access.checkMayRead(certificate);
        return renderer.render(certificate, locale);
    }

    /** The code as people read and type it: five groups ({@code 7K3QZ-M8P2X-R4T9W-B6N1C-H5JD0Y}). */
    public static String display(String code) {
        return CertificateCodes.display(code);
    }
}

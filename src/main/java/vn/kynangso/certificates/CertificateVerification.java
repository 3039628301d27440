package vn.kynangso.certificates;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.PublicUrl;

/**
 * The public verification page's answer for what someone typed or scanned (no sign-in: anyone
 * holding a paper may check it), and the address a certificate's QR code opens.
 */
@Service
public class CertificateVerification {

    private final CertificateRepository certificates;
    private final PublicUrl publicUrl;

    CertificateVerification(CertificateRepository certificates, PublicUrl publicUrl) {
        this.certificates = certificates;
        this.publicUrl = publicUrl;
    }

    /**
     * Valid, revoked, unknown, or malformed when what was typed cannot be a code (codes are read in
     * any case, with or without dashes, O for 0 and I/L for 1).
     */
    @Transactional(readOnly = true)
    public Verification verify(String typed) {
        Optional<String> code = CertificateCodes.normalize(typed);
        if (code.isEmpty()) {
            return new Verification(Verification.Status.MALFORMED, null);
        }
        return certificates
                .byCode(code.get())
                .map(c -> new Verification(c.isRevoked() ? Verification.Status.REVOKED : Verification.Status.VALID, c))
                .orElseGet(() -> new Verification(Verification.Status.UNKNOWN, null));
    }

    /** The address a certificate's QR code opens: {@code <KNS_PUBLIC_URL>/verify/<code>}. */
    public String urlOf(String code) {
        return publicUrl.of("/verify/" + code);
    }
}

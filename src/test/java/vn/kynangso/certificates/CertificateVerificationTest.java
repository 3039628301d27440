package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.certificates.Verification.Status;

/** What the public verification page says for what someone typed or scanned. */
class CertificateVerificationTest extends CertificateKaribuTest {

    @Autowired
    CertificateVerification verification;

    @Test
    void the_verification_page_tells_valid_unknown_and_malformed_apart() {
        Certificate certificate = passAndGetCertificate(newResident("Nguyễn Thị Thu Hương"));
        newSession(); // nobody signed in

        Verification valid = verification.verify(
                CertificateService.display(certificate.code()).toLowerCase(Locale.ROOT));
        assertThat(valid.status()).isEqualTo(Status.VALID);
        assertThat(valid.certificate()).isEqualTo(certificate);
        assertThat(verification.verify("0".repeat(26))).isEqualTo(new Verification(Status.UNKNOWN, null));
        assertThat(verification.verify("ABC-123")).isEqualTo(new Verification(Status.MALFORMED, null));
        assertThat(verification.verify("U".repeat(26)).status())
                .as("U is not in the alphabet")
                .isEqualTo(Status.MALFORMED);
    }

    @Test
    void a_code_is_read_as_people_type_it() {
        Certificate certificate = passAndGetCertificate(newResident("Lê Văn Gõ Mã"));
        String typed = CertificateService.display(certificate.code())
                .replace('0', 'O')
                .replace('1', 'l')
                .replace("-", "  ")
                .toLowerCase(Locale.ROOT);
        assertThat(verification.verify(" " + typed + " ").certificate()).isEqualTo(certificate);
    }

    @Test
    void the_qr_code_opens_the_verification_page_at_the_public_address() {
        assertThat(verification.urlOf("7K3QZM8P2XR4T9WB6N1CH5JD0Y"))
                .isEqualTo("http://localhost:8080/verify/7K3QZM8P2XR4T9WB6N1CH5JD0Y");
    }
}

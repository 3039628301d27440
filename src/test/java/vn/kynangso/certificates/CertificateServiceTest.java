package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.TestArea;

/** A person's certificates: theirs to list and download, and their area's team's and admins' to print. */
class CertificateServiceTest extends CertificateKaribuTest {

    @Test
    void only_the_holder_and_their_areas_team_may_download_the_certificate() {
        Certificate certificate = passAndGetCertificate(newResident("Nguyễn Thị Thu Hương"));
        login(newResident("Trần Văn Khác").phone());
        assertThatThrownBy(() -> certificates.pdf(certificate.id(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        login("tocongnghe"); // the demo hamlet's team
        assertThatThrownBy(() -> certificates.pdf(certificate.id(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        login(TestArea.TEAM_MEMBER);
        assertThat(certificates.pdf(certificate.id(), Locale.ENGLISH))
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void someone_without_a_person_record_has_no_certificates() {
        login(TestArea.ADMIN);
        assertThat(certificates.mine()).isEmpty();
    }

    @Test
    void the_code_is_shown_in_groups_of_five() {
        assertThat(CertificateService.display("7K3QZM8P2XR4T9WB6N1CH5JD0Y"))
                .isEqualTo("7K3QZ-M8P2X-R4T9W-B6N1C-H5JD0Y");
    }
}

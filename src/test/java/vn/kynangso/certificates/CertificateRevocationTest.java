package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.TestArea;
import vn.kynangso.certificates.Verification.Status;

/** Revoking: an admin of the certificate's area, with a reason; once. */
class CertificateRevocationTest extends CertificateKaribuTest {

    @Autowired
    CertificateRevocation revocation;

    @Autowired
    CertificateVerification verification;

    private Certificate certificate;
    private Resident holder;

    @BeforeEach
    void a_certificate() {
        holder = newResident("Nguyễn Thị Thu Hương");
        certificate = passAndGetCertificate(holder);
    }

    @Test
    void only_an_admin_of_the_certificates_area_may_revoke_it() {
        login("quantrixa"); // another commune's admin
        assertThat(revocation.mayRevoke(certificate)).isFalse();
        assertThatThrownBy(() -> revocation.revoke(certificate.code(), "sai tên"))
                .isInstanceOf(AccessDeniedException.class);
        login(holder.phone());
        assertThat(revocation.mayRevoke(certificate)).isFalse();
        assertThatThrownBy(() -> revocation.revoke(certificate.code(), "tự thu hồi"))
                .isInstanceOf(AccessDeniedException.class);
        login(TestArea.TEAM_MEMBER);
        assertThat(revocation.mayRevoke(certificate))
                .as("the team prints, it does not revoke")
                .isFalse();

        login(TestArea.ADMIN);
        assertThat(revocation.mayRevoke(certificate)).isTrue();
        Instant at = clock.instant();
        revocation.revoke(certificate.code(), "  Cấp nhầm người ");
        Verification revoked = verification.verify(certificate.code());
        assertThat(revoked.status()).isEqualTo(Status.REVOKED);
        assertThat(revoked.certificate().revokeReason()).isEqualTo("Cấp nhầm người");
        assertThat(revoked.certificate().revokedAt()).isBetween(at, clock.instant());
    }

    @Test
    void revoking_again_keeps_the_first_date_and_reason() {
        login(TestArea.ADMIN);
        revocation.revoke(certificate.code(), "Cấp nhầm người");
        Instant first = verification.verify(certificate.code()).certificate().revokedAt();
        clock.advance(Duration.ofDays(2));
        revocation.revoke(certificate.code(), "Lý do khác");
        Certificate revoked = verification.verify(certificate.code()).certificate();
        assertThat(revoked.revokedAt()).isEqualTo(first);
        assertThat(revoked.revokeReason()).isEqualTo("Cấp nhầm người");
    }

    @Test
    void a_reason_is_required_and_a_long_one_is_cut_to_500_characters() {
        login(TestArea.ADMIN);
        assertThatThrownBy(() -> revocation.revoke(certificate.code(), "   "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(verification.verify(certificate.code()).status()).isEqualTo(Status.VALID);

        revocation.revoke(certificate.code(), "Sai ".repeat(200));
        assertThat(verification.verify(certificate.code()).certificate().revokeReason())
                .hasSize(CertificateRevocation.REASON_LENGTH)
                .isEqualTo("Sai ".repeat(125));
    }

    @Test
    void an_unknown_or_malformed_code_cannot_be_revoked() {
        login(TestArea.ADMIN);
        assertThatThrownBy(() -> revocation.revoke("0".repeat(26), "không có"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> revocation.revoke("ABC", "không có")).isInstanceOf(AccessDeniedException.class);
    }
}

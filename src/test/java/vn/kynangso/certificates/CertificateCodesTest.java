package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes: 26 characters of Crockford base 32, shown 5-5-5-5-6, read leniently. */
class CertificateCodesTest {

    static final String CODE = "7K3QZM8P2XR4T9WB6N1CH5JD0Y";

    @Test
    void a_new_code_is_26_characters_without_i_l_o_or_u() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = CertificateCodes.next();
            assertThat(code).hasSize(CertificateCodes.LENGTH).matches("[0-9A-HJKMNP-TV-Z]+");
            codes.add(code);
        }
        assertThat(codes).hasSize(1_000);
    }

    @Test
    void a_code_is_shown_in_groups_of_five_five_five_five_and_six() {
        assertThat(CertificateCodes.display(CODE)).isEqualTo("7K3QZ-M8P2X-R4T9W-B6N1C-H5JD0Y");
    }

    @Test
    void a_typed_code_is_read_in_any_case_with_or_without_dashes_and_o_for_0_i_or_l_for_1() {
        assertThat(CertificateCodes.normalize("7k3qz-m8p2x-r4t9w-b6n1c-h5jd0y")).contains(CODE);
        assertThat(CertificateCodes.normalize(" 7K3QZ M8P2X R4T9W B6NIC H5JDOY "))
                .contains(CODE);
        assertThat(CertificateCodes.normalize("7K3QZM8P2XR4T9WB6NLCH5JDoY")).contains(CODE);
    }

    @Test
    void what_cannot_be_a_code_is_refused() {
        assertThat(CertificateCodes.normalize("ABC-123")).isEqualTo(Optional.empty());
        assertThat(CertificateCodes.normalize(CODE + "0")).isEmpty();
        assertThat(CertificateCodes.normalize("U".repeat(26))).isEmpty();
        assertThat(CertificateCodes.normalize("7K3QZ_M8P2X_R4T9W_B6N1C_H5JD0Y")).isEmpty();
    }
}

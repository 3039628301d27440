package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void usual_ways_of_writing_a_number_become_the_national_form() {
        assertThat(PhoneNumbers.normalize("0912345678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize(" 0912 345 678 ")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("0912.345.678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("0912-345-678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("(091) 234 5678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("+84 912-345-678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("+84912345678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("84912345678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("84 912 345 678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("84.912.345.678")).contains("0912345678");
    }

    @Test
    void every_network_s_mobile_numbers_are_taken() {
        assertThat(PhoneNumbers.normalize("0866 111 222")).contains("0866111222"); // Viettel
        assertThat(PhoneNumbers.normalize("0903 111 222")).contains("0903111222"); // MobiFone
        assertThat(PhoneNumbers.normalize("0888 111 222")).contains("0888111222"); // VinaPhone
        assertThat(PhoneNumbers.normalize("0589 111 222")).contains("0589111222"); // Vietnamobile
    }

    @Test
    void a_landline_keeps_its_area_code() {
        assertThat(PhoneNumbers.normalize("024 3825 1234")).contains("02438251234");
        assertThat(PhoneNumbers.normalize("+84 24 3825 1234")).contains("02438251234");
    }

    @Test
    void names_short_long_and_retired_numbers_are_not_phone_numbers() {
        assertThat(PhoneNumbers.normalize("quantrixa")).isEmpty();
        assertThat(PhoneNumbers.normalize("")).isEmpty();
        assertThat(PhoneNumbers.normalize("12345")).isEmpty();
        assertThat(PhoneNumbers.normalize("091234567")).isEmpty();
        assertThat(PhoneNumbers.normalize("091234567890")).isEmpty();
        assertThat(PhoneNumbers.normalize("0912 345 67a")).isEmpty();
        // the eleven-digit 01x mobile numbers were renumbered in 2018
        assertThat(PhoneNumbers.normalize("01212345678")).isEmpty();
        // another country's number, even a valid one
        assertThat(PhoneNumbers.normalize("+33 6 12 34 56 78")).isEmpty();
    }

    @Test
    void a_number_without_its_leading_zero_or_country_code_is_refused() {
        assertThat(PhoneNumbers.normalize("912345678")).isEmpty();
        assertThat(PhoneNumbers.normalize("912 345 678")).isEmpty();
    }

    @Test
    void masking_keeps_only_the_ends() {
        assertThat(PhoneNumbers.mask("0912345678")).isEqualTo("091****678");
    }
}

package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void usual_ways_of_writing_a_number_become_the_national_form() {
        assertThat(PhoneNumbers.normalize("0912345678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize(" 0912 345 678 ")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("0912.345.678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("+84 912-345-678")).contains("0912345678");
        assertThat(PhoneNumbers.normalize("84912345678")).contains("0912345678");
    }

    @Test
    void names_and_short_numbers_are_not_phone_numbers() {
        assertThat(PhoneNumbers.normalize("quantrixa")).isEmpty();
        assertThat(PhoneNumbers.normalize("12345")).isEmpty();
        assertThat(PhoneNumbers.normalize("912345678")).isEmpty();
    }

    @Test
    void masking_keeps_only_the_ends() {
        assertThat(PhoneNumbers.mask("0912345678")).isEqualTo("091****678");
    }
}

package vn.kynangso.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SamePersonTest {

    private static final long HAMLET = 7;

    private static boolean same(String a, Integer yearA, String b, Integer yearB) {
        var key = SamePerson.key(HAMLET, a, yearA);
        return key.isPresent() && key.equals(SamePerson.key(HAMLET, b, yearB));
    }

    @Test
    void a_name_typed_without_accents_is_the_same_person() {
        assertThat(same("Nguyễn Văn Hùng", 1970, "Nguyen Van Hung", 1970)).isTrue();
        assertThat(same("Đặng Thị Ơn", 1950, "dang thi on", 1950)).isTrue();
        assertThat(same("Trương Ưng", 1960, "Truong Ung", 1960)).isTrue();
    }

    @Test
    void a_name_sent_decomposed_is_the_same_person() {
        String nfd = Normalizer.normalize("Nguyễn Văn Hùng", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Văn Hùng");
        assertThat(same("Nguyễn Văn Hùng", 1970, nfd, 1970)).isTrue();
    }

    @Test
    void case_spacing_and_punctuation_do_not_matter() {
        assertThat(same("Nguyễn Văn Hùng", 1970, "  NGUYỄN  Văn\tHùng ", 1970)).isTrue();
        assertThat(same("Nguyễn Văn Hùng", 1970, "Nguyễn\u00A0Văn Hùng", 1970)).isTrue();
        assertThat(same("H'Hen Niê", 1990, "H Hen Nie", 1990)).isTrue();
    }

    @Test
    void names_that_differ_only_by_their_marks_are_flagged_too() {
        // the documented price of catching names typed without accents
        assertThat(same("Nguyễn Văn Hùng", 1970, "Nguyễn Văn Hưng", 1970)).isTrue();
    }

    @Test
    void another_name_year_or_hamlet_is_someone_else() {
        assertThat(same("Nguyễn Văn Hùng", 1970, "Nguyễn Văn Hùng Anh", 1970)).isFalse();
        assertThat(same("Nguyễn Văn Hùng", 1970, "Nguyễn Văn Hùng", 1971)).isFalse();
        assertThat(SamePerson.key(HAMLET, "Nguyễn Văn Hùng", 1970))
                .isNotEqualTo(SamePerson.key(HAMLET + 1, "Nguyễn Văn Hùng", 1970));
    }

    @Test
    void without_a_birth_year_or_a_name_nobody_is_matched() {
        assertThat(SamePerson.key(HAMLET, "Nguyễn Văn Hùng", null)).isEmpty();
        assertThat(SamePerson.key(HAMLET, "  ", 1970)).isEmpty();
        assertThat(SamePerson.key(HAMLET, "—", 1970)).isEmpty();
    }
}

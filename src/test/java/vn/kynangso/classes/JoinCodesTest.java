package vn.kynangso.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    private static SecureRandom seeded() throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42L);
        return random;
    }

    @Test
    void codes_are_six_characters_none_of_which_can_be_mistaken_for_another() throws Exception {
        JoinCodes codes = new JoinCodes(seeded());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(6).doesNotContain("0", "O", "1", "I");
            assertThat(code.chars()).allMatch(c -> JoinCodes.ALPHABET.indexOf(c) >= 0);
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(990);
    }

    @Test
    void the_randomness_is_given_in_so_the_same_seed_gives_the_same_codes() throws Exception {
        assertThat(new JoinCodes(seeded()).next()).isEqualTo(new JoinCodes(seeded()).next());
    }

    @Test
    void a_code_is_read_as_typed_in_small_letters_with_spaces_or_a_dash() {
        assertThat(JoinCodes.normalize(" ab3-k7 q ")).isEqualTo("AB3K7Q");
    }
}

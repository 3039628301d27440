package vn.kynangso.classes;

import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Class codes: six characters a child can read off a poster and type on a phone, from letters and
 * digits that cannot be mistaken for one another (no 0/O, no 1/I).
 */
@Component
class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;

    private final SecureRandom random;

    @Autowired
    JoinCodes() {
        this(new SecureRandom());
    }

    /** With the randomness given in (a seeded one in tests). */
    JoinCodes(SecureRandom random) {
        this.random = random;
    }

    String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed, as stored: capitals, without the spaces or dashes people add. */
    static String normalize(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}

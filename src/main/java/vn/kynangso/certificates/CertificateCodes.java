package vn.kynangso.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes: 130 random bits written as 26 Crockford base-32 characters (no I, L, O or U,
 * so nothing is misread), shown in groups of five: {@code 7K3QZ-M8P2X-R4T9W-B6N1C-H5JD0Y}. Typed
 * codes are read leniently: any case, with or without dashes or spaces, O for 0 and I or L for 1.
 */
final class CertificateCodes {

    static final int LENGTH = 26;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {}

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return code.toString();
    }

    /** The code in its stored form, or empty when what was typed cannot be a code. */
    static Optional<String> normalize(String typed) {
        String cleaned = typed.strip()
                .toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (cleaned.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : cleaned.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(cleaned);
    }

    /** Groups of five for reading aloud and typing: 5-5-5-5-6. */
    static String display(String code) {
        return code.substring(0, 5) + "-" + code.substring(5, 10) + "-" + code.substring(10, 15) + "-"
                + code.substring(15, 20) + "-" + code.substring(20);
    }
}

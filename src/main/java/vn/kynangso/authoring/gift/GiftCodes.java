package vn.kynangso.authoring.gift;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.kynangso.base.TextMatch;

/**
 * Question codes made from GIFT titles: ASCII lower case and hyphens, Vietnamese marks removed
 * ("Đọc mã OTP" → "doc-ma-otp"), at most {@value #MAX_LENGTH} characters, unique in the course.
 */
final class GiftCodes {

    static final int MAX_LENGTH = 60;

    private final Set<String> taken;

    /** @param taken codes the course already has */
    GiftCodes(Set<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    /** A new code for the question on {@code line}: from its title, else {@code gift-<line>}. */
    String next(@Nullable String title, int line) {
        String base = title == null ? "" : slug(title);
        if (base.isEmpty()) {
            base = "gift-" + line;
        }
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            String suffix = "-" + n;
            code = trim(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(code);
        return code;
    }

    static String slug(String title) {
        return trim(TextMatch.fold(title).replace(' ', '-'), MAX_LENGTH);
    }

    private static String trim(String code, int length) {
        String cut = code.length() > length ? code.substring(0, length) : code;
        while (cut.endsWith("-")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut;
    }
}

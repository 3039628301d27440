package vn.kynangso.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for "possibly the same person", used by the registration form (a warning before
 * saving) and the household import (a refused row).
 *
 * <p>Two people are possibly the same when they belong to the same hamlet, were born in the same
 * year, and their names read the same once letter case, accents and tone marks ({@code đ} as
 * {@code d} too), Unicode form (a phone keyboard may send "ễ" as one character or as "e" and two
 * marks), punctuation and spacing are set aside: "Nguyễn Văn Hùng", "Nguyen Van Hung",
 * "NGUYỄN  VĂN HÙNG" are one key.
 *
 * <p>Accents are set aside because a team member on a cheap phone, or a commune's old list, often
 * has none: missing such a duplicate registers one resident twice and splits their household's
 * figures. The price is that names differing only by their marks ("Hùng" and "Hưng") with the same
 * birth year in one hamlet are flagged too: the form lets the team member save anyway, and an
 * import leaves that row to be registered on the form.
 *
 * <p>Without a birth year nobody is matched by name: namesakes are too common in a hamlet.
 */
public final class SamePerson {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SamePerson() {}

    /**
     * The key two possibly-same people share, or empty when there is none to compare (no birth
     * year, or a name with no letters).
     */
    public static Optional<String> key(long hamletId, String fullName, @Nullable Integer birthYear) {
        String name = name(fullName);
        if (birthYear == null || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(hamletId + "|" + birthYear + "|" + name);
    }

    /**
     * A name as {@link #key} compares it: "Nguyễn  Văn Hùng" → "nguyen van hung". Alone it says only
     * that two names read the same, for a small group where namesakes must be told apart by birth
     * year (a class's list).
     */
    public static String name(String fullName) {
        String unmarked = MARKS.matcher(Normalizer.normalize(fullName, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NOT_LETTERS.matcher(unmarked).replaceAll(" ").strip();
    }
}

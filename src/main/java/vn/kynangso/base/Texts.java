package vn.kynangso.base;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Text as people type it, in one form. Some phone keyboards send Vietnamese decomposed (a base
 * letter followed by combining marks: "e" + "̂" + "̃" for "ễ"); stored that way, a name on a
 * certificate draws its marks beside the letters and no longer equals the same name typed on
 * another phone. Every text that comes in (typed in a screen, imported from a file, read from course
 * content) is put in Unicode's composed form, NFC, by {@link #nfc} — at the request
 * ({@link TextNormalizingFilter}), in the spreadsheet reader and in the course reader.
 */
public final class Texts {

    private Texts() {}

    /** The text in composed form (NFC); null stays null. */
    public static @Nullable String nfc(@Nullable String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}

package vn.kynangso.base;

import java.text.Normalizer;
import java.util.Locale;

/** How typed or imported words are compared: case, accents and spacing aside. */
public final class TextMatch {

    private TextMatch() {}

    /** Lower case, no accents (đ → d), words separated by one space: "Mã  Hộ" → "ma ho". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd');
        return decomposed.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Lower case and single spaces, accents kept (Vietnamese names differ by them): for names. */
    public static String name(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }
}

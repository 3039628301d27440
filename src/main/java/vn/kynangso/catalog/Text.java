package vn.kynangso.catalog;

import java.util.Locale;

/** A text written in Vietnamese and English; {@link #in(Locale)} picks the one to show. */
public record Text(String vi, String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }
}

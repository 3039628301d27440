package vn.kynangso.catalog;

import java.util.Locale;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * A text written in Vietnamese and English; {@link #in(Locale)} picks the one to show, by the app's
 * one language rule ({@link TranslationProvider#isEnglish}).
 */
public record Text(String vi, String en) {

    public String in(Locale locale) {
        return TranslationProvider.isEnglish(locale) ? en : vi;
    }
}

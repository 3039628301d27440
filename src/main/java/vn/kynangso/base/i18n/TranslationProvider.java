package vn.kynangso.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one i18n mechanism: {@code vaadin-i18n/translations.properties} is Vietnamese (the default),
 * {@code translations_en.properties} English. Parameters use {@link MessageFormat} in the
 * requested locale, so numbers and dates follow the chosen language.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    // No fallback to the JVM's default locale: on an English machine it would turn Vietnamese into English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        ResourceBundle bundle = bundle(supported);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key {} for {}", key, supported);
            return "!" + key;
        }
        // Always through MessageFormat, so the rule for translators is the same everywhere: write '' for '.
        return new MessageFormat(pattern, supported).format(params);
    }

    /**
     * Which of the two languages a text shows in, the one rule for every screen, file and PDF:
     * English for a locale whose language is English ("en", "en-GB", "en-US"), Vietnamese for every
     * other one.
     */
    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** The provided locale closest to {@code locale}: English for "en-*", Vietnamese otherwise. */
    public static Locale supported(Locale locale) {
        return isEnglish(locale) ? ENGLISH : VIETNAMESE;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale lookup = isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, NO_FALLBACK);
    }
}

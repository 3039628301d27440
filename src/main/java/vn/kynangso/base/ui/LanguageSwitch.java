package vn.kynangso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import vn.kynangso.base.i18n.TranslationProvider;

/** Tiếng Việt / English switch; the choice is remembered (see {@link UiPreferences}). */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(UiPreferences preferences) {
        setId("language-switch");
        addClassName("kns-language-switch");
        setItems(TranslationProvider.VIETNAMESE, TranslationProvider.ENGLISH);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        addAttachListener(e -> setValue(TranslationProvider.supported(e.getUI().getLocale())));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.changeLanguage(UI.getCurrent(), e.getValue());
            }
        });
    }
}

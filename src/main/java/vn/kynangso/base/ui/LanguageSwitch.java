package vn.kynangso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import vn.kynangso.base.i18n.TranslationProvider;

/**
 * Switches between Tiếng Việt and English: one button named in the other language ("English" on a
 * Vietnamese screen), marked with that language for screen readers; the choice is remembered (see
 * {@link UiPreferences}). A button rather than a drop-down: one tap, and it sits in every signed-in
 * screen's menu, where a drop-down with its list and items cost every session several components.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(UiPreferences preferences) {
        setId("language-switch");
        addClassName("kns-language-switch");
        setIcon(VaadinIcon.GLOBE.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getElement().setAttribute("title", getTranslation("language.label"));
        addAttachListener(e -> show(other(e.getUI())));
        addClickListener(e -> {
            UI ui = UI.getCurrent();
            preferences.changeLanguage(ui, other(ui));
            show(other(ui)); // the page reloads; until then the button already offers the way back
        });
    }

    /** The language this button switches to from the screen's. */
    static Locale other(UI ui) {
        return TranslationProvider.supported(ui.getLocale()).equals(TranslationProvider.VIETNAMESE)
                ? TranslationProvider.ENGLISH
                : TranslationProvider.VIETNAMESE;
    }

    private void show(Locale target) {
        setText(getTranslation("language." + target.getLanguage()));
        getElement().setAttribute("lang", target.getLanguage());
    }
}

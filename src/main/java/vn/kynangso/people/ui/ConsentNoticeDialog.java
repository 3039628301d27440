package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.people.ConsentService;

/**
 * The data protection notice, in large text, to read to a household or hand them the phone to read;
 * one tap switches between Vietnamese and English.
 */
class ConsentNoticeDialog extends Dialog {

    private final Div text = new Div();
    private final H2 title = new H2();
    private final Button other = new Button();
    private Locale shown;

    ConsentNoticeDialog() {
        setId("consent-notice");
        addClassName("kns-notice-dialog");
        shown = getLocale();
        text.setId("consent-notice-text");
        text.addClassName("kns-notice");
        other.setId("consent-notice-language");
        other.addClickListener(e -> show(
                TranslationProvider.isEnglish(shown) ? TranslationProvider.VIETNAMESE : TranslationProvider.ENGLISH));
        Button close = new Button(getTranslation("consent.notice.close"), e -> close());
        close.setId("consent-notice-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, text);
        getFooter().add(other, close);
        show(shown);
    }

    private void show(Locale locale) {
        shown = locale;
        title.setText(getTranslation(locale, "consent.notice.title"));
        text.removeAll();
        for (String key : ConsentService.NOTICE_KEYS) {
            text.add(new Paragraph(getTranslation(locale, key)));
        }
        other.setText(getTranslation(locale, "consent.notice.other-language"));
    }
}

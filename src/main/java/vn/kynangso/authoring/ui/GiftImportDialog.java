package vn.kynangso.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import vn.kynangso.authoring.AuthoringException;
import vn.kynangso.authoring.gift.GiftImport;

/**
 * What a GIFT file holds before anything is added: each question that can be imported (with what
 * changed on the way in) and each refused one with its line and reason, like the household import.
 */
class GiftImportDialog extends Dialog {

    GiftImportDialog(DraftContext context, GiftImport gift, String fileName, Locale language, Runnable imported) {
        setHeaderTitle(getTranslation("authoring.gift.preview", fileName));
        setId("gift-preview");
        Paragraph summary = new Paragraph(getTranslation(
                "authoring.gift.summary",
                gift.questions().size(),
                gift.refused().size()));
        summary.setId("gift-summary");
        add(summary);
        if (!gift.refused().isEmpty()) {
            UnorderedList refused = new UnorderedList();
            refused.setId("gift-refused");
            gift.refused().forEach(r -> {
                ListItem item = new ListItem(getTranslation(r.translationKey(), r.params()));
                item.addClassName("kns-error");
                refused.add(item);
            });
            add(new H3(getTranslation("authoring.gift.refused")), refused);
        }
        Div questions = new Div();
        questions.setId("gift-questions");
        for (GiftImport.Imported question : gift.questions()) {
            Div item = new Div();
            item.addClassName("kns-card");
            item.add(new Paragraph(getTranslation(
                    "authoring.gift.question",
                    question.line(),
                    getTranslation("authoring.question.type."
                            + question.question().type().name()),
                    question.question().prompt().in(language))));
            question.notes().forEach(note -> {
                Paragraph line = new Paragraph(getTranslation(note));
                line.addClassName("kns-muted");
                item.add(line);
            });
            questions.add(item);
        }
        add(questions);
        Paragraph error = new Paragraph();
        error.addClassName("kns-error");
        add(error);
        Button confirm = new Button(
                getTranslation("authoring.gift.import", gift.questions().size()), e -> {
                    try {
                        context.saved(context.authoring.importQuestions(context.id(), gift.sources(), fileName));
                        close();
                        imported.run();
                    } catch (AuthoringException ex) {
                        error.setText(getTranslation(ex.translationKey(), ex.args()));
                    }
                });
        confirm.setId("gift-import");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(!gift.questions().isEmpty());
        getFooter().add(new Button(getTranslation("authoring.cancel"), e -> close()), confirm);
    }
}

package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.kynangso.base.QrCodes;
import vn.kynangso.people.HouseholdService.LoginCard;

/**
 * A resident's login card, to print or to show on the team member's phone: scanning the QR code
 * signs the resident in once, on their own phone; the login and password, shown first and large,
 * are for later.
 */
class LoginCardDialog extends Dialog {

    LoginCardDialog(LoginCard card) {
        setId("login-card");
        addClassName("kns-login-card");
        // in the header, so that on a phone the password is the first thing in view
        setHeaderTitle(getTranslation("card.title"));
        Div facts = new Div();
        if (card.password() != null) {
            Span password = value(card.password(), "login-card-password");
            password.getStyle().set("font-size", "var(--lumo-font-size-xxxl)");
            facts.add(line("card.password", password));
        }
        facts.add(
                line("card.login", value(card.login(), "login-card-login")),
                line("card.name", value(card.name(), "login-card-name")));
        Image qr = new Image(QrCodes.dataUrl(card.link()), getTranslation("card.qr.alt"));
        qr.setId("login-card-qr");
        qr.addClassName("kns-qr");
        // a card made again shows no password: it is still the one on the first card
        Paragraph how = new Paragraph(getTranslation(card.password() != null ? "card.how" : "card.how.reprint"));
        how.setId("login-card-how");
        Button print =
                new Button(getTranslation("card.print"), e -> getElement().executeJs("window.print()"));
        print.setId("login-card-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("card.close"), e -> close());
        close.setId("login-card-close");
        add(facts, qr, how);
        getFooter().add(close, print);
    }

    private Div line(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("kns-fact-label");
        Div line = new Div(label, value);
        line.addClassName("kns-card-line");
        return line;
    }

    private static Span value(String value, String id) {
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("kns-card-value");
        return text;
    }
}

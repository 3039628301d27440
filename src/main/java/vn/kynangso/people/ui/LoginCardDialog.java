package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.kynangso.base.QrCodes;
import vn.kynangso.people.HouseholdService.LoginCard;

/**
 * A resident's login card, to print or to show on the team member's phone: scanning the QR code
 * signs the resident in once, on their own phone; the login and password are for later.
 */
class LoginCardDialog extends Dialog {

    LoginCardDialog(LoginCard card) {
        setId("login-card");
        addClassName("kns-login-card");
        Image qr = new Image(QrCodes.dataUrl(card.link()), getTranslation("card.qr.alt"));
        qr.setId("login-card-qr");
        qr.addClassName("kns-qr");
        Div facts = new Div(
                line("card.name", card.name(), "login-card-name"),
                line("card.login", card.login(), "login-card-login"));
        if (card.password() != null) {
            facts.add(line("card.password", card.password(), "login-card-password"));
        }
        Paragraph how = new Paragraph(getTranslation("card.how"));
        Button print =
                new Button(getTranslation("card.print"), e -> getElement().executeJs("window.print()"));
        print.setId("login-card-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("card.close"), e -> close());
        close.setId("login-card-close");
        add(new H2(getTranslation("card.title")), qr, facts, how);
        getFooter().add(close, print);
    }

    private Div line(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("kns-fact-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("kns-card-value");
        Div line = new Div(label, text);
        line.addClassName("kns-card-line");
        return line;
    }
}

package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.kynangso.base.QrCodes;
import vn.kynangso.base.ui.Downloads;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.LoginCard;

/**
 * A resident's login card, to print or to show on the team member's phone: scanning the QR code
 * signs the resident in once, on their own phone; the login and password, shown first and large,
 * are for later. A card made again shows no password; for a resident who forgot it, the team member
 * can set a new one on a new card ({@link ResetPasswordDialog}).
 */
class LoginCardDialog extends Dialog {

    LoginCardDialog(HouseholdService households, long personId, LoginCard card) {
        this(households, personId, card, false);
    }

    private LoginCardDialog(HouseholdService households, long personId, LoginCard card, boolean afterReset) {
        setId("login-card");
        addClassName("kns-login-card");
        // in the header, so that on a phone the password is the first thing in view
        setHeaderTitle(getTranslation("card.title"));
        Div facts = new Div();
        if (card.password() != null) {
            Span password = value(card.password(), "login-card-password");
            password.getStyle().set("font-size", "var(--lumo-font-size-xxxl)");
            facts.add(line(afterReset ? "card.reset.password" : "card.password", password));
        }
        facts.add(
                line("card.login", value(card.login(), "login-card-login")),
                line("card.name", value(card.name(), "login-card-name")));
        add(facts);
        if (afterReset) {
            Paragraph done = new Paragraph(getTranslation("card.reset.done"));
            done.setId("login-card-reset-done");
            done.addClassName("kns-success");
            done.getElement().setAttribute("role", "status");
            add(done);
        }
        Image qr = new Image(QrCodes.dataUrl(card.link()), getTranslation("card.qr.alt"));
        qr.setId("login-card-qr");
        qr.addClassName("kns-qr");
        // a card made again shows no password: it is still the one on the first card
        Paragraph how = new Paragraph(getTranslation(card.password() != null ? "card.how" : "card.how.reprint"));
        how.setId("login-card-how");
        Anchor pdf = new Anchor(
                Downloads.of("the-dang-nhap.pdf", Downloads.PDF, () -> households.cardSheet(card, getLocale())),
                getTranslation("card.pdf"));
        pdf.setId("login-card-pdf");
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("kns-download");
        add(qr, how, new Div(pdf));
        if (card.password() == null) {
            // the password is not kept: someone who forgot it needs a new one, on a new card
            Paragraph forgot = new Paragraph(getTranslation("card.reset.forgot"));
            forgot.addClassName("kns-muted");
            Button reset = new Button(
                    getTranslation("card.reset"),
                    VaadinIcon.KEY.create(),
                    e -> new ResetPasswordDialog(card.name(), () -> {
                                LoginCard renewed = households.resetPassword(personId);
                                close();
                                new LoginCardDialog(households, personId, renewed, true).open();
                            })
                            .open());
            reset.setId("login-card-reset");
            add(forgot, reset);
        }
        Button print =
                new Button(getTranslation("card.print"), e -> getElement().executeJs("window.print()"));
        print.setId("login-card-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("card.close"), e -> close());
        close.setId("login-card-close");
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

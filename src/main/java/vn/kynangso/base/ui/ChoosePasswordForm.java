package vn.kynangso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.kynangso.security.AccountException;
import vn.kynangso.security.AccountService;

/**
 * Just signed in with a login card's QR code, password still the card's: choose a password of one's
 * own (typed twice, the eye shows it), or go on signing in by card, and then on to the home page.
 * Phone-sized: one column, big buttons.
 */
class ChoosePasswordForm extends Div {

    /** bcrypt's limit in bytes, for the message of a password too long. */
    private static final int MAX_BYTES = 72;

    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final AccountService accounts;
    private final Runnable next;

    ChoosePasswordForm(AccountService accounts, String login, Runnable next) {
        this.accounts = accounts;
        this.next = next;
        setId("choose-password");
        // one column with room between the steps, at a phone's width
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        Paragraph why = new Paragraph(getTranslation("choose-password.why", login));
        why.setId("choose-password-why");
        fresh.setId("choose-password-new");
        fresh.setLabel(getTranslation("profile.password.new"));
        fresh.setHelperText(getTranslation("profile.password.rule", AccountService.MIN_PASSWORD_LENGTH));
        repeat.setId("choose-password-repeat");
        repeat.setLabel(getTranslation("profile.password.repeat"));
        for (PasswordField field : new PasswordField[] {fresh, repeat}) {
            field.setRequired(true);
            field.setWidthFull();
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setRevealButtonVisible(true);
        }
        Button save = new Button(getTranslation("choose-password.save"), e -> save());
        save.setId("choose-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("kns-wide-button");
        Button keep = new Button(getTranslation("choose-password.keep-card"), e -> {
            accounts.keepSigningInByCard();
            next.run();
        });
        keep.setId("choose-password-keep-card");
        keep.addThemeVariants(ButtonVariant.LUMO_LARGE);
        keep.addClassName("kns-wide-button");
        Paragraph keepNote = new Paragraph(getTranslation("choose-password.keep-card.note"));
        keepNote.addClassName("kns-muted");
        add(new H1(getTranslation("choose-password.title")), why, fresh, repeat, save, keep, keepNote);
    }

    private void save() {
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("profile.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            // this session goes on under the new password; every other session ends
            SignInSwitch.to(accounts.chooseMyPassword(fresh.getValue()));
        } catch (AccountException e) {
            fresh.setErrorMessage(
                    getTranslation(e.reason().translationKey(), AccountService.MIN_PASSWORD_LENGTH, MAX_BYTES));
            fresh.setInvalid(true);
            return;
        }
        next.run();
    }
}

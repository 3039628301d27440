package vn.kynangso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.kynangso.security.AccountException;
import vn.kynangso.security.AccountService;

/** Current password, new password twice; every refusal is explained next to the field it concerns. */
class ChangePasswordForm extends FormLayout {

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final AccountService accounts;

    ChangePasswordForm(AccountService accounts) {
        this.accounts = accounts;
        setId("change-password-form");
        current.setId("password-current");
        current.setLabel(getTranslation("profile.password.current"));
        fresh.setId("password-new");
        fresh.setLabel(getTranslation("profile.password.new"));
        fresh.setHelperText(getTranslation("profile.password.rule", AccountService.MIN_PASSWORD_LENGTH));
        repeat.setId("password-repeat");
        repeat.setLabel(getTranslation("profile.password.repeat"));
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            field.setRequired(true);
            field.setAutocomplete(field == current ? Autocomplete.CURRENT_PASSWORD : Autocomplete.NEW_PASSWORD);
        }
        Button save = new Button(getTranslation("profile.password.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, fresh, repeat, save);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** bcrypt's limit in bytes, for the message of a password too long. */
    private static final int MAX_BYTES = 72;

    private void save() {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("profile.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            // this session goes on under the new password; every other session ends
            SignInSwitch.to(accounts.changeMyPassword(current.getValue(), fresh.getValue()));
        } catch (AccountException e) {
            PasswordField field = e.reason() == AccountException.Reason.WRONG_PASSWORD ? current : fresh;
            field.setErrorMessage(
                    getTranslation(e.reason().translationKey(), AccountService.MIN_PASSWORD_LENGTH, MAX_BYTES));
            field.setInvalid(true);
            return;
        }
        current.clear();
        fresh.clear();
        repeat.clear();
        Notification done = Notification.show(getTranslation("profile.password.changed"));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}

package vn.kynangso.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.kynangso.security.AccountException;
import vn.kynangso.security.AccountService;

/**
 * Ending a helped learning session: the team member types their own password, so a phone left with
 * the resident does not give the team member's rights back to whoever holds it.
 */
class StopHelpingDialog extends Dialog {

    StopHelpingDialog(AccountService accounts) {
        setId("stop-helping-dialog");
        setHeaderTitle(getTranslation("helping.stop.title"));
        PasswordField password = new PasswordField(getTranslation("helping.stop.password"));
        password.setId("stop-helping-password");
        password.setWidthFull();
        Button confirm = new Button(getTranslation("helping.stop"), e -> {
            try {
                accounts.stopHelping(password.getValue()).ifPresent(SignInSwitch::to);
            } catch (AccountException ex) {
                password.clear();
                password.setErrorMessage(getTranslation(ex.reason().translationKey(), 15));
                password.setInvalid(true);
                return;
            }
            close();
            getUI().ifPresent(ui -> ui.navigate("home"));
        });
        confirm.setId("stop-helping-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("card.close"), e -> close());
        cancel.setId("stop-helping-cancel");
        add(new Paragraph(getTranslation("helping.stop.why")), password);
        getFooter().add(cancel, confirm);
    }
}

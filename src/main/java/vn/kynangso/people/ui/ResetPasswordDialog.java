package vn.kynangso.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.kynangso.security.AccountException;

/**
 * "Set a new password for …?": asked before a resident's password is replaced, since the old one,
 * the earlier cards and the resident's open sessions stop working.
 */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(String name, Runnable reset) {
        setId("reset-password-dialog");
        setHeaderTitle(getTranslation("card.reset.title", name));
        Paragraph what = new Paragraph(getTranslation("card.reset.what"));
        what.setId("reset-password-what");
        Button confirm = new Button(getTranslation("card.reset.confirm"), e -> {
            try {
                reset.run();
            } catch (AccountException ex) {
                Notification refused =
                        Notification.show(getTranslation(ex.reason().translationKey()));
                refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            close();
        });
        confirm.setId("reset-password-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("card.reset.cancel"), e -> close());
        cancel.setId("reset-password-cancel");
        add(what);
        getFooter().add(cancel, confirm);
    }
}

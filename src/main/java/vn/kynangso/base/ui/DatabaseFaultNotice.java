package vn.kynangso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import vn.kynangso.base.database.DatabaseFault;

/**
 * What a screen does when a tap fails because the database is gone or too slow (DD012): it stays
 * as it was, with what the person typed or chose still in the form, the button they pressed usable
 * again, and a translated message saying the connection was lost and to try again; never a stack
 * trace or Vaadin's error page. The transaction was rolled back, so nothing was half-written. Any
 * other failure goes to Vaadin's own handling, as before.
 */
@org.springframework.stereotype.Component
class DatabaseFaultNotice implements VaadinServiceInitListener {

    /** The id of the message, for tests and scripts. */
    static final String ID = "database-fault";

    private static final int SHOWN_MILLIS = 10_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(DatabaseFaultNotice::handle));
    }

    /** The session's error handler: database faults are told on the screen, the rest as before. */
    static void handle(ErrorEvent event) {
        Optional<DatabaseFault> fault = DatabaseFault.of(event.getThrowable());
        UI ui = UI.getCurrent();
        if (fault.isEmpty() || ui == null) {
            new DefaultErrorHandler().error(event);
            return;
        }
        fault.get().log(DatabaseFaultNotice.class, event.getThrowable());
        event.getComponent().ifPresent(DatabaseFaultNotice::enableAgain);
        show(ui, fault.get());
    }

    /** Shows the message on the screen the person is on. */
    static void show(UI ui, DatabaseFault fault) {
        Notification notice = new Notification(ui.getTranslation(fault.translationKey()), SHOWN_MILLIS);
        notice.setId(ID);
        // at the top, so the choices and the button to press again stay in sight
        notice.setPosition(Notification.Position.TOP_STRETCH);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.open();
    }

    /** A button that disabled itself when pressed can be pressed again. */
    private static void enableAgain(Component source) {
        if (source instanceof Button button && button.isDisableOnClick()) {
            button.setEnabled(true);
        }
    }
}

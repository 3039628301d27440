package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.kynangso.base.ui.ClassSeatExit;
import vn.kynangso.classes.ClassException;
import vn.kynangso.classes.ClassMode;
import vn.kynangso.classes.ClassPins;
import vn.kynangso.classes.ClassPins.NewPin;
import vn.kynangso.classes.ClassPins.Seat;
import vn.kynangso.classes.SchoolClass;
import vn.kynangso.security.ClassSeat;

/**
 * Class mode, for the class's teacher: the children's PINs (each shown once), the idle minutes, and
 * turning class mode on for this computer (which signs the teacher out of it) or off everywhere.
 */
final class ClassModeSection extends Section {

    private final ClassMode classMode;
    private final ClassPins pins;
    private final Clock clock;
    private final SchoolClass schoolClass;
    private final Runnable changed;

    ClassModeSection(ClassMode classMode, ClassPins pins, Clock clock, SchoolClass schoolClass, Runnable changed) {
        this.classMode = classMode;
        this.pins = pins;
        this.clock = clock;
        this.schoolClass = schoolClass;
        this.changed = changed;
        setId("class-mode-section");
        addClassName("kns-card");
        add(new H2(getTranslation("class-mode.section.title")));
        add(new Paragraph(getTranslation("class-mode.section.text")));
        long id = schoolClass.id();

        List<Seat> seats = pins.seats(id);
        long withPin = seats.stream().filter(Seat::hasPin).count();
        Paragraph ready = new Paragraph(getTranslation("class-mode.pins.count", withPin, seats.size()));
        ready.setId("class-mode-pin-count");
        add(ready);
        Div rows = new Div();
        rows.setId("class-mode-seats");
        rows.addClassName("kns-seat-list");
        seats.forEach(seat -> rows.add(row(seat)));
        add(rows);
        if (withPin < seats.size()) {
            Button all = new Button(getTranslation("class-mode.pins.missing"), e -> {
                show(pins.setMissingPins(id));
            });
            all.setId("class-mode-pins-missing");
            all.addThemeVariants(ButtonVariant.LUMO_LARGE);
            all.addClassNames("kns-wide-button", "kns-wrap-button");
            add(all);
        }

        IntegerField minutes = new IntegerField(getTranslation("class-mode.idle"));
        minutes.setId("class-mode-idle");
        minutes.setMin(ClassMode.MIN_IDLE_MINUTES);
        minutes.setMax(ClassMode.MAX_IDLE_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(classMode.idleMinutes(id));
        minutes.setHelperText(
                getTranslation("class-mode.idle.help", ClassMode.MIN_IDLE_MINUTES, ClassMode.MAX_IDLE_MINUTES));
        Button save = new Button(getTranslation("class-mode.idle.save"), e -> {
            try {
                Integer value = minutes.getValue();
                classMode.setIdleMinutes(id, value == null ? 0 : value);
                minutes.setInvalid(false);
                Notification.show(getTranslation("class-mode.idle.saved", value));
            } catch (ClassException problem) {
                minutes.setErrorMessage(getTranslation(
                        problem.reason().translationKey(), ClassMode.MIN_IDLE_MINUTES, ClassMode.MAX_IDLE_MINUTES));
                minutes.setInvalid(true);
            }
        });
        save.setId("class-mode-idle-save");
        Div idleRow = new Div(minutes, save);
        idleRow.addClassName("kns-links");
        add(idleRow);

        int devices = classMode.activeDevices(id);
        Paragraph on = new Paragraph(getTranslation("class-mode.devices", devices));
        on.setId("class-mode-devices");
        add(on);
        Button start = new Button(getTranslation("class-mode.start"), e -> confirmStart());
        start.setId("class-mode-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClassNames("kns-wide-button", "kns-wrap-button");
        start.setEnabled(withPin > 0);
        add(start);
        if (devices > 0) {
            Button off = new Button(getTranslation("class-mode.turn-off"), e -> {
                classMode.turnOff(id);
                Notification.show(getTranslation("class-mode.turned-off"));
                changed.run();
            });
            off.setId("class-mode-turn-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
            off.addClassNames("kns-wide-button", "kns-wrap-button");
            add(off);
        }
    }

    private Div row(Seat seat) {
        Span who = new Span(
                seat.hasPin()
                        ? getTranslation("class-mode.seat.numbered", seat.number(), seat.name())
                        : getTranslation("class-mode.seat.no-pin", seat.name()));
        who.addClassName("kns-seat-name");
        Button set = new Button(
                getTranslation(seat.hasPin() ? "class-mode.pin.renew" : "class-mode.pin.set"),
                e -> show(List.of(pins.setPin(schoolClass.id(), seat.personId()))));
        set.setId("class-mode-pin-" + seat.personId());
        Div row = new Div(who, set);
        row.addClassName("kns-seat-row");
        return row;
    }

    /** The PINs just set, shown this once: to print or tell each child. */
    private void show(List<NewPin> given) {
        Dialog dialog = new Dialog();
        dialog.setId("class-mode-new-pins");
        dialog.setHeaderTitle(getTranslation("class-mode.pins.new.title"));
        dialog.add(new Paragraph(getTranslation("class-mode.pins.new.text")));
        Div list = new Div();
        list.addClassName("kns-new-pins");
        for (NewPin pin : given) {
            Div line = new Div(
                    new H3(getTranslation("class-mode.seat.numbered", pin.number(), pin.name())),
                    new Paragraph(getTranslation("class-mode.pins.new.tile", pin.tileName())));
            Span digits = new Span(pin.pin());
            digits.setId("class-mode-new-pin-" + pin.personId());
            digits.addClassName("kns-join-code");
            line.add(digits);
            list.add(line);
        }
        dialog.add(list);
        Button print = new Button(
                getTranslation("class-mode.pins.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        Button done = new Button(getTranslation("class-mode.pins.close"), e -> {
            dialog.close();
            changed.run();
        });
        done.setId("class-mode-new-pins-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        print.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.getFooter().add(print, done);
        dialog.open();
    }

    private void confirmStart() {
        Dialog dialog = new Dialog();
        dialog.setId("class-mode-start-dialog");
        dialog.setHeaderTitle(getTranslation("class-mode.start"));
        dialog.add(new Paragraph(getTranslation("class-mode.start.confirm", schoolClass.name())));
        Button yes = new Button(getTranslation("class-mode.start.yes"), e -> start());
        yes.setId("class-mode-start-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button no = new Button(getTranslation("classes.cancel"), e -> dialog.close());
        no.addThemeVariants(ButtonVariant.LUMO_LARGE);
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    /**
     * This computer shows the class's tiles from now until the end of the day: its credential goes
     * into an HttpOnly cookie, and the teacher's own session here ends at once.
     */
    private void start() {
        String token = classMode.start(schoolClass.id());
        Cookie cookie = new Cookie(ClassSeat.DEVICE_COOKIE, token);
        VaadinRequest request = VaadinRequest.getCurrent();
        String path = request == null ? "" : request.getContextPath();
        cookie.setPath(path.isEmpty() ? "/" : path);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        cookie.setMaxAge((int) Math.max(
                1,
                Duration.between(clock.instant(), classMode.credentialExpiry()).toSeconds()));
        VaadinResponse.getCurrent().addCookie(cookie);
        getUI().ifPresent(ClassSeatExit::now);
    }
}

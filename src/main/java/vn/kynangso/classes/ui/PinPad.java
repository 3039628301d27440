package vn.kynangso.classes.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import vn.kynangso.base.ui.SignInSwitch;
import vn.kynangso.classes.ClassMode.Tile;
import vn.kynangso.security.ClassPinCheck;
import vn.kynangso.security.ClassSeatIdle;
import vn.kynangso.security.ClassSeatSignIn;

/**
 * A child's PIN, typed on big digit keys: four dots fill as they type, the fourth digit tries it.
 * The right PIN signs the child in (a new session id) and opens their home page in place of the
 * tiles; a wrong one says how many tries are left, a locked tile for how long.
 */
final class PinPad extends Dialog {

    static final int LENGTH = 4;

    private final Tile tile;
    private final String token;
    private final ClassSeatSignIn signIn;
    private final ClassSeatIdle idle;
    private final StringBuilder typed = new StringBuilder();
    private final Div dots = new Div();
    private final Paragraph message = new Paragraph();

    PinPad(Tile tile, String token, ClassSeatSignIn signIn, ClassSeatIdle idle) {
        this.tile = tile;
        this.token = token;
        this.signIn = signIn;
        this.idle = idle;
        setId("pin-pad");
        addClassName("kns-pin-pad");
        setHeaderTitle(getTranslation("class-mode.pin.title", tile.number(), tile.name()));
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> close());
        close.setId("pin-close");
        close.setAriaLabel(getTranslation("class-mode.pin.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        getHeader().add(close);
        dots.setId("pin-dots");
        dots.addClassName("kns-pin-dots");
        message.setId("pin-message");
        message.addClassName("kns-pin-message");
        Div keys = new Div();
        keys.addClassName("kns-pin-keys");
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(key(digit));
        }
        Button back = new Button(VaadinIcon.ARROW_BACKWARD.create(), e -> erase());
        back.setId("pin-erase");
        back.setAriaLabel(getTranslation("class-mode.pin.erase"));
        back.addClassName("kns-pin-key");
        Shortcuts.addShortcutListener(this, this::erase, Key.BACKSPACE);
        keys.add(back, key(0));
        add(dots, message, keys);
        showDots();
    }

    private Button key(int digit) {
        Button key = new Button(String.valueOf(digit), e -> type(digit));
        key.setId("pin-key-" + digit);
        // a classroom computer's keyboard types too (the digit row and the number pad give the same key)
        Shortcuts.addShortcutListener(this, () -> type(digit), Key.of(String.valueOf(digit)));
        key.addClassName("kns-pin-key");
        return key;
    }

    private void type(int digit) {
        if (typed.length() >= LENGTH) {
            return;
        }
        typed.append(digit);
        showDots();
        if (typed.length() == LENGTH) {
            tryPin();
        }
    }

    private void erase() {
        if (!typed.isEmpty()) {
            typed.setLength(typed.length() - 1);
        }
        showDots();
    }

    private void showDots() {
        dots.setText("●".repeat(typed.length()) + "○".repeat(LENGTH - typed.length()));
    }

    private void tryPin() {
        ClassSeatSignIn.Result result = signIn.signIn(token, tile.personId(), typed.toString());
        typed.setLength(0);
        showDots();
        switch (result.verdict()) {
            case ClassPinCheck.Right right ->
                result.signIn().ifPresent(auth -> {
                    SignInSwitch.to(auth);
                    HttpSession session = VaadinServletRequest.getCurrent()
                            .getHttpServletRequest()
                            .getSession();
                    ClassSeatIdle.seatOf(auth).ifPresent(seat -> idle.started(session, seat));
                    close();
                    // a new page, built for the child (their shell, Done, the idle watch), in place of the tiles
                    UI.getCurrent().getPage().executeJs("window.location.replace($0)", "home");
                });
            case ClassPinCheck.Wrong wrong -> say(getTranslation("class-mode.pin.wrong", wrong.triesLeft()));
            case ClassPinCheck.Locked locked -> say(getTranslation("class-mode.pin.locked", minutes(locked.waitFor())));
            case ClassPinCheck.Refused refused -> say(getTranslation("class-mode.pin.refused"));
        }
    }

    private void say(String text) {
        message.setText(text);
        message.addClassName("kns-error");
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}

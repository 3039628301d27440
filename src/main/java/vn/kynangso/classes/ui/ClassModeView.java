package vn.kynangso.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.kynangso.classes.ClassMode;
import vn.kynangso.classes.ClassMode.Tile;
import vn.kynangso.classes.ClassMode.Tiles;
import vn.kynangso.security.ClassSeat;
import vn.kynangso.security.ClassSeatIdle;
import vn.kynangso.security.ClassSeatSignIn;
import vn.kynangso.security.CurrentUser;

/**
 * A classroom computer in class mode: the class's students as big tiles (number, picture, first
 * name); a child taps theirs and types their PIN. Only a computer holding the class's class-mode
 * credential sees the tiles; any other goes to the sign-in page, as if there were nothing here.
 * Anonymous by nature: it is a way of signing in (DD007).
 */
@Route(value = ClassSeat.TILES_PATH, autoLayout = false)
@AnonymousAllowed
class ClassModeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Tile pictures: an icon and a colour by number (11 × 8: no two of a class's first 88 alike). */
    private static final List<VaadinIcon> PICTURES = List.of(
            VaadinIcon.STAR,
            VaadinIcon.HEART,
            VaadinIcon.SUN_O,
            VaadinIcon.MOON,
            VaadinIcon.CLOUD,
            VaadinIcon.ROCKET,
            VaadinIcon.BOAT,
            VaadinIcon.AIRPLANE,
            VaadinIcon.BUG,
            VaadinIcon.MUSIC,
            VaadinIcon.TROPHY);

    private static final int COLOURS = 8;

    private final ClassMode classMode;
    private final ClassSeatSignIn signIn;
    private final ClassSeatIdle idle;
    private final CurrentUser currentUser;

    ClassModeView(ClassMode classMode, ClassSeatSignIn signIn, ClassSeatIdle idle, CurrentUser currentUser) {
        this.classMode = classMode;
        this.signIn = signIn;
        this.idle = idle;
        this.currentUser = currentUser;
        addClassName("kns-class-mode");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.classSeat().isPresent()) {
            event.forwardTo("home"); // a child still signed in here: their own page, with Done
            return;
        }
        Optional<String> token = deviceToken();
        Optional<Tiles> tiles = token.flatMap(classMode::tiles);
        if (tiles.isEmpty()) {
            event.forwardTo("login");
            return;
        }
        show(token.get(), tiles.get());
    }

    static Optional<String> deviceToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> ClassSeat.DEVICE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    private void show(String token, Tiles tiles) {
        removeAll();
        H1 title = new H1(tiles.className());
        title.setId("class-mode-class");
        Paragraph hint = new Paragraph(getTranslation("class-mode.tiles.hint"));
        hint.setId("class-mode-hint");
        add(title, hint);
        if (tiles.tiles().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("class-mode.tiles.none"));
            none.setId("class-mode-none");
            add(none);
            return;
        }
        Div grid = new Div();
        grid.setId("class-mode-tiles");
        grid.addClassName("kns-tiles");
        tiles.tiles().forEach(tile -> grid.add(tile(token, tile)));
        add(grid);
    }

    private Button tile(String token, Tile tile) {
        Icon picture = PICTURES.get((tile.number() - 1) % PICTURES.size()).create();
        picture.addClassName("kns-tile-picture");
        Span number = new Span(String.valueOf(tile.number()));
        number.addClassName("kns-tile-number");
        Span name = new Span(tile.name());
        name.addClassName("kns-tile-name");
        Div face = new Div(number, picture, name);
        face.addClassName("kns-tile-face");
        Button button = new Button(face, e -> new PinPad(tile, token, signIn, idle).open());
        button.setId("class-mode-tile-" + tile.number());
        button.addClassNames("kns-tile", "kns-tile-c" + ((tile.number() - 1) % COLOURS));
        button.setAriaLabel(getTranslation("class-mode.tile.label", tile.number(), tile.name()));
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("class-mode.title") + " · " + getTranslation("app.name");
    }
}

package vn.kynangso.classes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.classes.ClassPins.NewPin;
import vn.kynangso.learning.Learners;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.ClassPinCheck;
import vn.kynangso.security.ClassSeat;
import vn.kynangso.security.ClassSeatSignIn;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * Class mode on a shared classroom computer: the teacher turns it on (and is signed out), the
 * computer shows only its class's tiles, a child signs in with a tap and their own PIN, wrong PINs
 * lock the tile, Done and idle minutes (on the test clock) sign the child out with a new session.
 */
class ClassModeTest extends KaribuTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    ClassService classes;

    @Autowired
    ClassJoining joining;

    @Autowired
    ClassMode classMode;

    @Autowired
    ClassPins pins;

    @Autowired
    ClassSeatSignIn seatSignIn;

    @Autowired
    PinThrottle throttle;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    private TestArea.Ids area;
    private SchoolClass schoolClass;
    private String first;
    private String second;
    private long firstPerson;
    private long secondPerson;

    @BeforeEach
    void aClassWithTwoStudents() {
        throttle.reset();
        area = TestArea.ensureTeacher(places, accounts);
        login(TestArea.TEACHER);
        schoolClass =
                classes.create(area.commune(), new ClassDetails("Trường THCS Máy Chung", "8", "Lớp 8A", "2026-2027"));
        first = Learners.newLearner(places, people, accounts, Roles.STUDENT);
        second = Learners.newLearner(places, people, accounts, Roles.STUDENT);
        login(first);
        joining.join(schoolClass.joinCode());
        firstPerson = currentUser.require().getPersonId().orElseThrow();
        login(second);
        joining.join(schoolClass.joinCode());
        secondPerson = currentUser.require().getPersonId().orElseThrow();
    }

    /** The teacher gives every student a PIN and turns class mode on; the PINs by person, and the credential. */
    private record Prepared(Map<Long, NewPin> pins, String token) {}

    private Prepared prepared() {
        login(TestArea.TEACHER);
        Map<Long, NewPin> given = pins.setMissingPins(schoolClass.id()).stream()
                .collect(Collectors.toMap(NewPin::personId, Function.identity()));
        String token = classMode.start(schoolClass.id());
        newSession();
        return new Prepared(given, token);
    }

    /** The computer's next page load: nobody signed in, holding the cookie (when there is one). */
    private void device(String token) {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "kns", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        if (token != null) {
            ((FakeRequest) VaadinServletRequest.getCurrent().getRequest())
                    .addCookie(new Cookie(ClassSeat.DEVICE_COOKIE, token));
        }
        UI.getCurrent().navigate(ClassSeat.TILES_PATH);
    }

    private void typePin(String pin) {
        for (char digit : pin.toCharArray()) {
            _click(_get(Button.class, spec -> spec.withId("pin-key-" + digit)));
        }
    }

    private String pinMessage() {
        return _get(Paragraph.class, spec -> spec.withId("pin-message")).getText();
    }

    private static String wrongPin(String right) {
        return right.equals("0000") ? "1111" : "0000";
    }

    private static FakeHttpSession httpSession() {
        return (FakeHttpSession)
                ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
    }

    /** Taps the child's tile and types their PIN; then the child's home page loads, as the browser would. */
    private Authentication signInOnTiles(Prepared prepared, long person) {
        device(prepared.token());
        NewPin pin = prepared.pins().get(person);
        _click(_get(Button.class, spec -> spec.withId("class-mode-tile-" + pin.number())));
        typePin(pin.pin());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        signedIn(auth);
        UI.getCurrent().getPage().reload(); // window.location.replace("home"): a new page for the child
        UI.getCurrent().navigate("home");
        return auth;
    }

    private void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private void isSignInPage() {
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("login");
    }

    @Test
    void the_teacher_gives_pins_turns_class_mode_on_and_is_signed_out_and_the_computer_shows_the_tiles() {
        login(TestArea.TEACHER);
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        Section section = _get(Section.class, spec -> spec.withId("class-mode-section"));
        assertThat(_get(section, Paragraph.class, spec -> spec.withId("class-mode-pin-count"))
                        .getText())
                .isEqualTo("0/2 em đã có mã PIN");
        assertThat(_get(Button.class, spec -> spec.withId("class-mode-start")).isEnabled())
                .isFalse();

        _click(_get(Button.class, spec -> spec.withId("class-mode-pins-missing")));
        String firstPin = _get(Span.class, spec -> spec.withId("class-mode-new-pin-" + firstPerson))
                .getText();
        assertThat(firstPin).matches("\\d{4}");
        // stored as the password encoder's hash, never as the PIN
        assertThat(jdbc.queryForObject(
                        "SELECT pin_hash FROM class_seat WHERE class_id = ? AND person_id = ?",
                        String.class,
                        schoolClass.id(),
                        firstPerson))
                .startsWith("{bcrypt}")
                .doesNotContain(firstPin);
        _click(_get(Button.class, spec -> spec.withId("class-mode-new-pins-close")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-mode-pin-count"))
                        .getText())
                .isEqualTo("2/2 em đã có mã PIN");

        _setValue(_get(IntegerField.class, spec -> spec.withId("class-mode-idle")), 0);
        _click(_get(Button.class, spec -> spec.withId("class-mode-idle-save")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("class-mode-idle"))
                        .getErrorMessage())
                .isEqualTo("Chọn từ 1 đến 60 phút.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("class-mode-idle")), 8);
        _click(_get(Button.class, spec -> spec.withId("class-mode-idle-save")));
        assertThat(classMode.idleMinutes(schoolClass.id())).isEqualTo(8);

        FakeHttpSession teachers = httpSession();
        _click(_get(Button.class, spec -> spec.withId("class-mode-start")));
        _click(_get(Button.class, spec -> spec.withId("class-mode-start-yes")));

        // the teacher's session on this computer is over; the computer holds an HttpOnly credential until midnight
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(teachers.isValid()).isFalse();
        Cookie cookie = ((FakeResponse) ((VaadinServletResponse) VaadinResponse.getCurrent()).getResponse())
                .getCookie(ClassSeat.DEVICE_COOKIE);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
        // the test clock's day starts at 09:30: the rest of the day is 14.5 hours
        assertThat(cookie.getMaxAge()).isBetween(14 * 3600 + 1700, 14 * 3600 + 1800);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM class_device WHERE class_id = ? AND token_hash = ?",
                        Long.class,
                        schoolClass.id(),
                        cookie.getValue()))
                .as("only the hash is kept")
                .isZero();

        newSession();
        device(cookie.getValue());
        assertThat(_get(H1.class, spec -> spec.withId("class-mode-class")).getText())
                .isEqualTo("Lớp 8A");
        List<Button> tiles = _find(Button.class, spec -> spec.withClasses("kns-tile"));
        assertThat(tiles).hasSize(2);
        assertThat(tiles)
                .extracting(Button::getId)
                .allMatch(id -> id.orElseThrow().matches("class-mode-tile-[12]"));
        // numbers and first names only: never the full name
        assertThat(tiles)
                .extracting(b -> b.getElement().getTextRecursively())
                .noneMatch(text -> text.contains("Người Học Thử"));

        login(TestArea.TEACHER);
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("class-mode-devices"))
                        .getText())
                .isEqualTo("Đang bật trên 1 máy (đến hết hôm nay).");
    }

    @Test
    void a_child_taps_their_tile_types_their_pin_and_lands_on_their_home_as_themselves() {
        Prepared prepared = prepared();
        device(prepared.token());
        String tilesSession = httpSession().getId();
        NewPin pin = prepared.pins().get(secondPerson);
        _click(_get(Button.class, spec -> spec.withId("class-mode-tile-" + pin.number())));
        typePin(pin.pin());

        assertThat(currentUser.require().getPersonId()).contains(secondPerson);
        assertThat(currentUser.require().hasRole(Roles.STUDENT)).isTrue();
        assertThat(currentUser.classSeat()).hasValueSatisfying(seat -> {
            assertThat(seat.classId()).isEqualTo(schoolClass.id());
            assertThat(seat.idleLimit()).isEqualTo(Duration.ofMinutes(ClassMode.DEFAULT_IDLE_MINUTES));
        });
        assertThat(httpSession().getId()).as("a new session id").isNotEqualTo(tilesSession);

        signedIn(SecurityContextHolder.getContext().getAuthentication());
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("home");
        assertThat(_find(Section.class, spec -> spec.withId("home-classes"))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("class-seat-done")).isVisible())
                .isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(15_000);
    }

    @Test
    void wrong_pins_are_counted_and_five_lock_the_tile_for_ten_minutes() {
        Prepared prepared = prepared();
        device(prepared.token());
        NewPin pin = prepared.pins().get(firstPerson);
        _click(_get(Button.class, spec -> spec.withId("class-mode-tile-" + pin.number())));
        typePin(wrongPin(pin.pin()));
        assertThat(pinMessage()).isEqualTo("Mã PIN chưa đúng. Em còn 4 lần thử.");
        for (int i = 0; i < 3; i++) {
            typePin(wrongPin(pin.pin()));
        }
        assertThat(pinMessage()).isEqualTo("Mã PIN chưa đúng. Em còn 1 lần thử.");
        typePin(wrongPin(pin.pin()));
        assertThat(pinMessage()).isEqualTo("Ô này đang khoá vì nhập sai nhiều lần. Em đợi 10 phút, hoặc hỏi thầy cô.");

        typePin(pin.pin()); // even the right PIN, while locked
        assertThat(pinMessage()).startsWith("Ô này đang khoá");
        assertThat(currentUser.get()).isEmpty();
        // the classmate's tile is not locked
        assertThat(seatSignIn
                        .signIn(
                                prepared.token(),
                                secondPerson,
                                prepared.pins().get(secondPerson).pin())
                        .verdict())
                .isInstanceOf(ClassPinCheck.Right.class);
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "kns", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        clock.advance(Duration.ofMinutes(10));
        typePin(pin.pin());
        assertThat(currentUser.require().getPersonId()).contains(firstPerson);
    }

    @Test
    void done_signs_the_child_out_and_the_tiles_come_back_with_a_new_session() {
        Prepared prepared = prepared();
        Authentication child = signInOnTiles(prepared, firstPerson);
        FakeHttpSession childs = httpSession();
        VaadinSession childVaadin = VaadinSession.getCurrent();

        _click(_get(Button.class, spec -> spec.withId("class-seat-done")));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(childs.isValid()).as("the child's session is over").isFalse();

        newSession(); // the browser opens the tiles, with a new session
        device(prepared.token());
        assertThat(_find(Button.class, spec -> spec.withClasses("kns-tile"))).hasSize(2);
        assertThat(VaadinSession.getCurrent()).isNotSameAs(childVaadin);
        assertThat(httpSession().getId()).isNotEqualTo(childs.getId());
        assertThat(currentUser.get()).isEmpty();
        UI.getCurrent().navigate("home"); // the browser's Back button: nobody is signed in any more
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isNotEqualTo("home");
        assertThat(_find(Section.class, spec -> spec.withId("home-classes"))).isEmpty();
        assertThat(child.isAuthenticated())
                .as("the child's sign-in itself is untouched, just gone from here")
                .isTrue();
    }

    @Test
    void a_child_idle_for_the_classes_minutes_is_signed_out_on_the_test_clock() {
        login(TestArea.TEACHER);
        classMode.setIdleMinutes(schoolClass.id(), 7);
        Prepared prepared = prepared();
        signInOnTiles(prepared, firstPerson);
        FakeHttpSession childs = httpSession();

        clock.advance(Duration.ofMinutes(6));
        poll();
        assertThat(currentUser.classSeat()).as("6 minutes: still signed in").isPresent();
        assertThat(childs.isValid()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        poll();
        assertThat(currentUser.get()).as("7 minutes: signed out").isEmpty();
        assertThat(childs.isValid()).isFalse();
    }

    @Test
    void a_tap_starts_the_idle_minutes_again() {
        Prepared prepared = prepared();
        signInOnTiles(prepared, firstPerson);
        clock.advance(Duration.ofMinutes(4));
        UI.getCurrent().navigate("profile"); // the child does something
        clock.advance(Duration.ofMinutes(4));
        poll();
        assertThat(currentUser.classSeat()).isPresent();
        clock.advance(Duration.ofMinutes(1));
        poll();
        assertThat(currentUser.get()).isEmpty();
    }

    @Test
    void a_computer_without_a_valid_credential_sees_nothing_and_its_pins_sign_in_nobody() {
        Prepared prepared = prepared();
        String pin = prepared.pins().get(firstPerson).pin();

        device(null);
        isSignInPage();
        newSession();
        device("x".repeat(43));
        isSignInPage();

        // turned off by the teacher: the tiles are gone and a child signed in there is signed out
        newSession();
        signInOnTiles(prepared, firstPerson);
        Authentication child = SecurityContextHolder.getContext().getAuthentication();
        login(TestArea.TEACHER);
        assertThat(classMode.turnOff(schoolClass.id())).isOne();
        signedIn(child);
        poll();
        assertThat(currentUser.get()).isEmpty();
        newSession();
        device(prepared.token());
        isSignInPage();
        assertThat(classMode.tiles(prepared.token())).isEmpty();
        assertThat(seatSignIn.signIn(prepared.token(), firstPerson, pin).verdict())
                .isInstanceOf(ClassPinCheck.Refused.class);

        // expired: a credential lasts until midnight
        Prepared tomorrow = prepared();
        clock.set(LocalDate.ofInstant(clock.instant(), clock.getZone())
                .plusDays(1)
                .atStartOfDay());
        device(tomorrow.token());
        isSignInPage();
        assertThat(seatSignIn.signIn(tomorrow.token(), firstPerson, pin).verdict())
                .isInstanceOf(ClassPinCheck.Refused.class);
    }

    @Test
    void another_teacher_cannot_turn_class_mode_on_or_set_pins_and_a_pin_is_only_for_its_own_class() {
        Prepared prepared = prepared();
        String other = "giaovien.maychung." + NEXT.incrementAndGet() + "."
                + ProcessHandle.current().pid();
        SystemRunner.runAsSystem(() -> accounts.create(new AccountService.NewAccount(
                other,
                null,
                "Giáo Viên Khác",
                "mat-khau-kiem-thu",
                Set.of(Roles.TEACHER),
                Set.of(area.commune()),
                null)));
        login(other);
        for (Runnable call : List.<Runnable>of(
                () -> classMode.start(schoolClass.id()),
                () -> classMode.turnOff(schoolClass.id()),
                () -> classMode.setIdleMinutes(schoolClass.id(), 9),
                () -> classMode.activeDevices(schoolClass.id()),
                () -> pins.seats(schoolClass.id()),
                () -> pins.setPin(schoolClass.id(), firstPerson),
                () -> pins.setMissingPins(schoolClass.id()))) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM class_device WHERE class_id = ? AND revoked_at IS NULL",
                        Long.class,
                        schoolClass.id()))
                .isOne();

        // the other teacher's own class on its own class-mode computer: our student has no tile there
        SchoolClass theirs =
                classes.create(area.commune(), new ClassDetails("Trường THCS Máy Chung", "8", "Lớp 8B", "2026-2027"));
        String theirToken = classMode.start(theirs.id());
        assertThat(seatSignIn
                        .signIn(
                                theirToken,
                                firstPerson,
                                prepared.pins().get(firstPerson).pin())
                        .verdict())
                .isInstanceOf(ClassPinCheck.Refused.class);
        // a student cannot give themselves a PIN
        login(first);
        assertThatThrownBy(() -> pins.setPin(schoolClass.id(), firstPerson)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_pin_is_not_a_password_on_the_sign_in_form() throws IOException, InterruptedException {
        Prepared prepared = prepared();
        String pin = prepared.pins().get(firstPerson).pin();
        String form = "username=" + URLEncoder.encode(first, StandardCharsets.UTF_8) + "&password=" + pin;
        HttpResponse<Void> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }
}

package vn.kynangso.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.MainLayout;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountException;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;
import vn.kynangso.security.SystemRunner;

class LoginCardTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private Household household;
    private Person grandmother;

    @BeforeEach
    void householdWithAGrandmotherWithoutAccount() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
        household = households.register(new NewHousehold(
                hamlet, "Số 20, ngõ Thẻ", List.of(new NewMember("Vi Thị Thẻ", 1948, null)), false, Poverty.NONE));
        grandmother = people.members(household.getId()).getFirst();
    }

    @Test
    void a_team_member_makes_a_login_card_with_a_password_and_a_qr_code() {
        UI.getCurrent().navigate("households/" + household.getId());
        _click(_get(Button.class, spec -> spec.withId("card-" + grandmother.getId())));
        assertThat(_get(Span.class, spec -> spec.withId("login-card-name")).getText())
                .isEqualTo("Vi Thị Thẻ");
        assertThat(_get(Span.class, spec -> spec.withId("login-card-login")).getText())
                .isEqualTo("hv" + grandmother.getId()); // no phone: a username
        assertThat(_get(Span.class, spec -> spec.withId("login-card-password")).getText())
                .matches("\\d{8}");
        assertThat(_get(Image.class, spec -> spec.withId("login-card-qr")).getSrc())
                .startsWith("data:image/svg+xml;base64,");
        assertThat(accounts.loginOfPerson(grandmother.getId())).contains("hv" + grandmother.getId());
    }

    /** The line (label and value) of the first component, depth first, that shows text of its own. */
    private static List<String> firstLine(Component root) {
        return Objects.requireNonNull(firstText(root))
                .getParent()
                .orElseThrow()
                .getChildren()
                .map(c -> c.getId().orElse(""))
                .toList();
    }

    /** The first component, depth first, that shows text of its own. */
    private static @Nullable Component firstText(Component root) {
        if (!root.getElement().getText().isBlank()) {
            return root;
        }
        return root.getChildren()
                .map(LoginCardTest::firstText)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    @Test
    void the_password_comes_first_on_the_card_before_the_qr_code_and_the_explanation() {
        UI.getCurrent().navigate("households/" + household.getId());
        _click(_get(Button.class, spec -> spec.withId("card-" + grandmother.getId())));
        Dialog card = _get(Dialog.class, spec -> spec.withId("login-card"));
        assertThat(firstLine(card)).contains("login-card-password");
        List<String> order = _find(card, Component.class).stream()
                .map(c -> c.getId().orElse(""))
                .filter(id -> List.of("login-card-password", "login-card-login", "login-card-qr", "login-card-how")
                        .contains(id))
                .toList();
        assertThat(order).containsExactly("login-card-password", "login-card-login", "login-card-qr", "login-card-how");
        assertThat(_get(Span.class, spec -> spec.withId("login-card-password"))
                        .getStyle()
                        .get("font-size"))
                .as("large")
                .isEqualTo("var(--lumo-font-size-xxxl)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-card-how")).getText())
                .contains("mật khẩu ở trên");
    }

    @Test
    void a_reprinted_card_does_not_speak_of_a_password_shown_above() {
        households.loginCard(grandmother.getId()); // the first card, with its password, printed earlier
        UI.getCurrent().navigate("households/" + household.getId());
        _click(_get(Button.class, spec -> spec.withId("card-" + grandmother.getId())));
        _assertNone(Span.class, spec -> spec.withId("login-card-password"));
        Dialog card = _get(Dialog.class, spec -> spec.withId("login-card"));
        assertThat(firstLine(card)).contains("login-card-login");
        String how =
                _get(Paragraph.class, spec -> spec.withId("login-card-how")).getText();
        assertThat(how).isEqualTo(card.getTranslation("card.how.reprint")).doesNotContain("ở trên", "phía trên");
        assertThat(card.getTranslation(Locale.ENGLISH, "card.how.reprint")).doesNotContain("above");
    }

    /** As in the running app: Vaadin answers the security context from the HTTP session. */
    private void keepSignInInTheSession() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
    }

    @Test
    void the_card_works_when_the_sign_in_lives_in_the_session_as_in_the_running_app() {
        keepSignInInTheSession();
        UI.getCurrent().navigate("households/" + household.getId());
        _click(_get(Button.class, spec -> spec.withId("card-" + grandmother.getId())));
        assertThat(_get(Span.class, spec -> spec.withId("login-card-password")).getText())
                .matches("\\d{8}");
    }

    @Test
    void running_as_the_application_is_refused_inside_a_signed_in_ui_request() {
        keepSignInInTheSession();
        assertThatThrownBy(() -> SystemRunner.runAsSystem(() -> {})).isInstanceOf(IllegalStateException.class);
    }

    private static String token(HouseholdService.LoginCard card) {
        return card.link().substring(card.link().indexOf("/signin/") + "/signin/".length());
    }

    private String path() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_qr_link_comes_from_the_public_address_and_asks_before_signing_in_once() {
        HouseholdService.LoginCard card = households.loginCard(grandmother.getId());
        assertThat(card.link()).startsWith("http://localhost:8080/signin/"); // KNS_PUBLIC_URL, not the Host
        newSession(); // the resident's own phone
        UI.getCurrent().navigate("signin/" + token(card));
        assertThat(_get(Paragraph.class, spec -> spec.withId("signin-link-name"))
                        .getText())
                .isEqualTo("Vi Thị Thẻ");
        _click(_get(Button.class, spec -> spec.withId("signin-link-confirm")));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(SignedInUser.class, user -> {
                    assertThat(user.getPersonId()).contains(grandmother.getId());
                    assertThat(user.getAuthorities())
                            .extracting(Object::toString)
                            .containsExactly("ROLE_RESIDENT");
                });

        newSession();
        UI.getCurrent().navigate("signin/" + token(card));
        assertThat(path()).as("spent").isEqualTo("login");
    }

    @Test
    void the_tap_goes_on_to_the_home_page_in_the_same_page_in_the_residents_own_language() {
        HouseholdService.LoginCard card = households.loginCard(grandmother.getId());
        jdbc.update("UPDATE account SET locale = 'en' WHERE person_id = ?", grandmother.getId());
        newSession(); // the resident's own phone, a visitor so far: Vietnamese
        UI.getCurrent().navigate("signin/" + token(card));
        UI page = UI.getCurrent();
        assertThat(page.getLocale().getLanguage()).isEqualTo("vi");

        _click(_get(Button.class, spec -> spec.withId("signin-link-confirm")));
        // the card's password is still hers: she may choose her own, or go on by card
        _click(_get(Button.class, spec -> spec.withId("choose-password-keep-card")));

        assertThat(UI.getCurrent()).as("no page load").isSameAs(page);
        assertThat(path()).isEqualTo("home");
        assertThat(page.getLocale().getLanguage()).isEqualTo("en");
        assertThat(_find(MainLayout.class)).as("the shell, built for her").hasSize(1);
        assertThat(_get(DrawerToggle.class, spec -> spec.withId("menu-toggle")).getAriaLabel())
                .contains("Menu");
    }

    @Test
    void a_link_preview_does_not_spend_the_link() throws Exception {
        HouseholdService.LoginCard card = households.loginCard(grandmother.getId());
        // what Zalo and other chat apps do with a link sent in a message: a plain GET, maybe twice
        assertThat(get("/signin/" + token(card)).statusCode()).isEqualTo(200);
        assertThat(get("/signin/" + token(card)).statusCode()).isEqualTo(200);
        assertThat(accounts.linkHolder(token(card))).contains("Vi Thị Thẻ");
    }

    @Test
    void an_expired_or_made_up_link_signs_nobody_in() {
        HouseholdService.LoginCard card = households.loginCard(grandmother.getId());
        jdbc.update(
                "UPDATE login_link SET expires_at = created_at WHERE account_id = "
                        + "(SELECT id FROM account WHERE person_id = ?)",
                grandmother.getId());
        newSession();
        UI.getCurrent().navigate("signin/" + token(card));
        assertThat(path()).isEqualTo("login");
        UI.getCurrent().navigate("signin/" + "x".repeat(43));
        assertThat(path()).isEqualTo("login");
        assertThat(accounts.signInWithLink(token(card))).isEmpty();
    }

    @Test
    void a_new_card_voids_the_earlier_links_and_never_shows_the_password_again() {
        HouseholdService.LoginCard first = households.loginCard(grandmother.getId());
        HouseholdService.LoginCard second = households.loginCard(grandmother.getId());
        assertThat(first.password()).isNotNull();
        assertThat(second.password()).isNull();
        assertThat(token(second)).isNotEqualTo(token(first));
        assertThat(accounts.linkHolder(token(first))).as("the earlier card").isEmpty();
        assertThat(accounts.signInWithLink(token(first))).isEmpty();
        assertThat(accounts.linkHolder(token(second))).contains("Vi Thị Thẻ");
        // who issued it, for whom, when
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM login_link l JOIN account a ON a.id = l.account_id"
                                + " WHERE a.person_id = ? AND l.created_by = ? AND l.created_at IS NOT NULL",
                        Integer.class,
                        grandmother.getId(),
                        teamMemberAccount()))
                .isEqualTo(2);
    }

    private long teamMemberAccount() {
        return ((SignedInUser)
                        SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .getAccountId();
    }

    @Test
    void no_card_for_an_account_that_can_do_more_than_learn() {
        // the grandmother's son is a commune official with his own account
        Person son = SystemRunner.runAsSystem(() -> people.addMember(household.getId(), "Vi Văn Cán", 1975, null));
        SystemRunner.runAsSystem(() -> accounts.create(new AccountService.NewAccount(
                "vi.van.can." + son.getId(),
                null,
                "Vi Văn Cán",
                "mat-khau-can-bo",
                Set.of(Roles.OFFICIAL, Roles.RESIDENT),
                Set.of(),
                son.getId())));
        assertThatThrownBy(() -> households.loginCard(son.getId()))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.CARD_NOT_FOR_STAFF));
        UI.getCurrent().navigate("households/" + household.getId());
        _assertNone(Button.class, spec -> spec.withId("card-" + son.getId()));
        assertThat(_get(Span.class, spec -> spec.withId("card-refused-" + son.getId()))
                        .getText())
                .startsWith("Không in thẻ đăng nhập");
        _get(Button.class, spec -> spec.withId("card-" + grandmother.getId())); // a resident still gets one
    }

    @Test
    void a_link_stops_working_when_its_account_gains_a_staff_role() {
        HouseholdService.LoginCard card = households.loginCard(grandmother.getId());
        jdbc.update(
                "INSERT INTO account_role (account_id, role) SELECT id, 'TEAM_MEMBER' FROM account WHERE person_id = ?",
                grandmother.getId());
        assertThat(accounts.linkHolder(token(card))).isEmpty();
        assertThat(accounts.signInWithLink(token(card))).isEmpty();
    }

    @Test
    void nobody_makes_cards_for_people_outside_their_area() {
        login("tocongnghe");
        assertThatThrownBy(() -> households.loginCard(grandmother.getId())).isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("households/" + household.getId());
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .getFirst()
                        .getClass()
                        .getSimpleName())
                .isEqualTo("NotFoundView");
    }
}

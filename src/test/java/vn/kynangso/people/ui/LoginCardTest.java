package vn.kynangso.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
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

    private HttpResponse<Void> open(String token) throws Exception {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin/" + token))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
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

    @Test
    void the_qr_link_signs_the_resident_in_once_then_is_spent() throws Exception {
        HouseholdService.LoginCard card = households.loginCard(grandmother.getId());
        HttpResponse<Void> first = open(card.linkToken());
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/home");
        assertThat(first.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c).contains("JSESSIONID"));

        HttpResponse<Void> again = open(card.linkToken());
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login?link");
    }

    @Test
    void an_expired_or_made_up_link_signs_nobody_in() throws Exception {
        HouseholdService.LoginCard card = households.loginCard(grandmother.getId());
        jdbc.update(
                "UPDATE login_link SET expires_at = created_at WHERE account_id = "
                        + "(SELECT id FROM account WHERE person_id = ?)",
                grandmother.getId());
        assertThat(open(card.linkToken()).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?link");
        assertThat(open("x".repeat(43)).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?link");
    }

    @Test
    void a_second_card_gives_a_new_link_but_never_shows_the_password_again() {
        HouseholdService.LoginCard first = households.loginCard(grandmother.getId());
        HouseholdService.LoginCard second = households.loginCard(grandmother.getId());
        assertThat(first.password()).isNotNull();
        assertThat(second.password()).isNull();
        assertThat(second.linkToken()).isNotEqualTo(first.linkToken());
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

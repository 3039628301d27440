package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.kynangso.KaribuTest;

/** Sign-in over real HTTP, as a browser posts the login form. */
class LoginTest extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInGate gate;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    private HttpResponse<Void> post(String login, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private String signIn(String login, String password) throws IOException, InterruptedException {
        HttpResponse<Void> response = post(login, password);
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    @Test
    void correct_username_and_password_signs_in() throws Exception {
        assertThat(signIn("quantrixa", DEMO_PASSWORD)).isEqualTo("/");
    }

    @Test
    void phone_number_signs_in_in_any_usual_form() throws Exception {
        assertThat(signIn("0912345678", DEMO_PASSWORD)).isEqualTo("/");
        assertThat(signIn("0912 345 678", DEMO_PASSWORD)).isEqualTo("/");
        assertThat(signIn("+84 912 345 678", DEMO_PASSWORD)).isEqualTo("/");
    }

    @Test
    void wrong_password_is_refused() throws Exception {
        assertThat(signIn("quantrixa", "not-the-password")).isEqualTo("/login?error");
    }

    @Test
    void unknown_account_is_refused_the_same_way_as_a_wrong_password() throws Exception {
        assertThat(signIn("nobody-here", DEMO_PASSWORD)).isEqualTo("/login?error");
        assertThat(signIn("0999999999", DEMO_PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void an_account_is_throttled_after_five_failures_even_for_the_right_password() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("giangvien", "wrong-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn("giangvien", DEMO_PASSWORD)).isEqualTo("/login?throttled=15");
        // other accounts are not affected by one account's lock
        assertThat(signIn("giaovien", DEMO_PASSWORD)).isEqualTo("/");
    }

    @Test
    void one_address_is_throttled_after_thirty_failures_across_accounts() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(signIn("guess-" + i, "wrong")).isEqualTo("/login?error");
        }
        assertThat(signIn("quantrixa", DEMO_PASSWORD)).startsWith("/login?throttled=");
    }

    @Test
    void a_successful_sign_in_clears_the_account_failures() throws Exception {
        for (int i = 0; i < 4; i++) {
            signIn("canbo", "wrong-" + i);
        }
        assertThat(signIn("canbo", DEMO_PASSWORD)).isEqualTo("/");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("canbo", "wrong-again-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn("canbo", DEMO_PASSWORD)).isEqualTo("/");
    }

    @Test
    void accents_and_spellings_of_one_account_share_its_count_of_failures() throws Exception {
        // usernames match without regard to accents and case: every spelling is the same account
        String[] spellings = {"quantritinh", "quàntritinh", "QUANTRITINH", "quantrìtinh", "quantritính"};
        for (String spelling : spellings) {
            assertThat(signIn(spelling, "wrong")).isEqualTo("/login?error");
        }
        assertThat(signIn("quảntritinh", DEMO_PASSWORD)).isEqualTo("/login?throttled=15");
    }

    private String newAccount(String password) {
        String login = "phien." + System.nanoTime();
        SystemRunner.runAsSystem(() -> accounts.create(new AccountService.NewAccount(
                login, null, "Người Thử Phiên", password, Set.of(Roles.TEAM_MEMBER), Set.of(), null)));
        return login;
    }

    private String sessionCookie(String login, String password) throws Exception {
        HttpResponse<Void> response = post(login, password);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(":" + port + "/");
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    /** Status of a signed-in page with this session cookie: 200, or a redirect to sign in. */
    private int home(String cookie) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/home"))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void a_password_change_ends_the_accounts_other_sessions() throws Exception {
        String login = newAccount("mat-khau-phien-cu");
        String elsewhere = sessionCookie(login, "mat-khau-phien-cu");
        assertThat(home(elsewhere)).isEqualTo(200);
        login(login);
        var renewed = accounts.changeMyPassword("mat-khau-phien-cu", "mat-khau-phien-moi");
        assertThat(home(elsewhere)).as("the other phone is signed out").isEqualTo(302);
        assertThat(((SignedInUser) renewed.getPrincipal()).getSessionEpoch())
                .as("this session goes on under the new epoch")
                .isEqualTo(1);
        assertThat(home(sessionCookie(login, "mat-khau-phien-moi"))).isEqualTo(200);
    }

    @Test
    void a_disabled_account_is_signed_out_everywhere_and_cannot_sign_in() throws Exception {
        String login = newAccount("mat-khau-bi-khoa");
        String session = sessionCookie(login, "mat-khau-bi-khoa");
        assertThat(home(session)).isEqualTo(200);
        long id = SystemRunner.runAsSystem(() -> {
            login(login);
            return ((SignedInUser) SecurityContextHolder.getContext()
                            .getAuthentication()
                            .getPrincipal())
                    .getAccountId();
        });
        SystemRunner.runAsSystem(() -> accounts.disable(id));
        assertThat(home(session)).isEqualTo(302);
        assertThat(signIn(login, "mat-khau-bi-khoa")).isEqualTo("/login?error");
    }

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        HttpResponse<Void> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
        // HSTS only over TLS (behind the proxy); never on plain http, where it would be ignored
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<Void> overTls = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
    }

    @Test
    void metrics_are_not_served_on_the_public_port_even_to_this_machine() throws Exception {
        // behind a proxy on the same host every visitor comes from 127.0.0.1
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics"}) {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(status).as(path).isIn(302, 401, 403);
        }
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_sign_in_whose_turn_does_not_come_is_sent_back_as_busy_without_a_check() throws Exception {
        int held = 0;
        try {
            while (gate.enter()) { // every turn taken, as by a crowd signing in
                held++;
            }
            assertThat(held).isPositive();
            assertThat(signIn("quantrixa", DEMO_PASSWORD)).isEqualTo("/login?busy");
            assertThat(signIn("quantrixa", "not-the-password"))
                    .as("not checked, not counted")
                    .isEqualTo("/login?busy");
        } finally {
            for (int i = 0; i < held; i++) {
                gate.leave();
            }
        }
        assertThat(signIn("quantrixa", DEMO_PASSWORD)).as("a turn free again").isEqualTo("/");
    }

    @Test
    void a_sign_in_is_sent_back_at_once_when_the_queue_is_full() throws Exception {
        int checks = 0;
        List<Thread> waiting = new ArrayList<>();
        try {
            while (gate.enter()) {
                checks++;
            }
            // fill the queue: these wait for a turn (up to the test's 1 s) on threads of their own
            for (int i = 0; i < 8 * checks; i++) {
                waiting.add(Thread.ofVirtual().start(() -> {
                    try {
                        if (gate.enter()) {
                            gate.leave();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            Thread.sleep(200);
            long started = System.nanoTime();
            assertThat(signIn("quantrixa", DEMO_PASSWORD)).isEqualTo("/login?busy");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("not queued behind the others")
                    .isLessThan(Duration.ofMillis(900));
        } finally {
            for (int i = 0; i < checks; i++) {
                gate.leave();
            }
            for (Thread thread : waiting) {
                thread.join();
            }
        }
        assertThat(signIn("quantrixa", DEMO_PASSWORD)).isEqualTo("/");
        for (int i = 0; i < 4; i++) { // the busy attempts counted no failure: four more are allowed
            assertThat(signIn("quantrixa", "wrong-" + i)).isEqualTo("/login?error");
        }
        assertThat(signIn("quantrixa", DEMO_PASSWORD)).isEqualTo("/");
    }
}

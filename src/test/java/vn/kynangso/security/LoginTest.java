package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kynangso.KaribuTest;

/** Sign-in over real HTTP, as a browser posts the login form. */
class LoginTest extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    private String signIn(String login, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
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
}

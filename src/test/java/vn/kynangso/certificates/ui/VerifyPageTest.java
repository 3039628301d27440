package vn.kynangso.certificates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateRevocation;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.certificates.CertificateVerification;
import vn.kynangso.certificates.VerificationThrottle;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.PagePolicies;

/**
 * The light page a certificate's QR code opens, over real HTTP as a phone's browser asks for it:
 * plain HTML, no script, small, the same answers and throttle as the app.
 */
class VerifyPageTest extends KaribuTest {

    /** The first visit's budget for the whole page (it is one request). */
    private static final int MAX_BYTES = 50 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateRevocation revocation;

    @Autowired
    CertificateVerification verification;

    @Autowired
    VerificationThrottle throttle;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Certificate certificate;

    @BeforeEach
    void a_certificate() {
        throttle.reset();
        TestArea.ensure(places, accounts);
        login(Learners.newResident(places, people, accounts));
        Learners.passCourse(learning, catalog, "mua-sam-truc-tuyen");
        List<Certificate> mine = certificates.mine();
        assertThat(mine).as("one course passed, one certificate").hasSize(1);
        certificate = mine.getFirst();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, @Nullable String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The path a printed certificate's QR code holds, whatever public address the app runs at. */
    private String qrPath() {
        return URI.create(verification.urlOf(certificate.code())).getPath();
    }

    @Test
    void the_qr_link_shows_a_valid_certificate_with_the_name_masked_as_plain_html() throws Exception {
        HttpResponse<String> page = get(qrPath());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
        String name = certificate.holderName(); // "Người Học Thử 12"
        assertThat(page.body())
                .contains("<html lang=\"vi\">")
                .contains("Kỹ Năng Số")
                .contains("Giấy chứng nhận hợp lệ")
                .contains("Người được chứng nhận: " + VerificationCard.masked(name))
                .doesNotContain(name.substring(name.indexOf(' ') + 1))
                .contains("Khoá học: " + certificate.titleVi())
                .contains("href=\"?lang=en\"")
                .doesNotContain("<script")
                .as("nothing else to fetch: styles inline, no pictures")
                .doesNotContain("stylesheet")
                .doesNotContain(" src=")
                .doesNotContain("verify-revoke-in-app");
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void the_page_is_never_cached_and_allows_no_script() throws Exception {
        HttpResponse<String> page = get(qrPath());

        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(PagePolicies.NO_SCRIPT);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void english_on_request() throws Exception {
        HttpResponse<String> page = get(qrPath() + "?lang=en");

        assertThat(page.body())
                .contains("<html lang=\"en\">")
                .contains("This certificate is valid")
                .contains("Course: " + certificate.titleEn())
                .contains("href=\"?lang=vi\"");
    }

    @Test
    void a_revoked_certificate_says_so_with_the_date_but_not_the_admins_reason() throws Exception {
        login(TestArea.ADMIN);
        revocation.revoke(certificate.code(), "Làm bài hộ người khác");

        HttpResponse<String> page = get(qrPath());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Giấy chứng nhận này đã bị thu hồi, không còn giá trị")
                .contains("Ngày thu hồi: ")
                .doesNotContain("Làm bài hộ người khác");
    }

    @Test
    void an_unknown_code_is_not_found_and_said_kindly() throws Exception {
        HttpResponse<String> page = get("/verify/7K3QZ-M8P2X-R4T9W-B6N1C-H5JD0Y");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("Không có giấy chứng nhận nào mang mã này. Giấy này không hợp lệ.")
                .contains("id=\"verify-code\"");
    }

    @Test
    void the_form_checks_a_typed_code_and_shows_it_back_escaped() throws Exception {
        HttpResponse<String> empty = get("/verify");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("<form method=\"get\" action=\"/verify\">")
                .doesNotContain("verify-status");

        String typed = certificate.code().toLowerCase();
        HttpResponse<String> checked = get("/verify?code=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertThat(checked.body()).contains("Giấy chứng nhận hợp lệ").contains("value=\"" + typed + "\"");

        HttpResponse<String> hostile = get("/verify?code=" + URLEncoder.encode("<b>x</b>", StandardCharsets.UTF_8));
        assertThat(hostile.statusCode()).isEqualTo(404);
        assertThat(hostile.body())
                .startsWith("<!DOCTYPE html>")
                .contains("&lt;b&gt;x&lt;/b&gt;")
                .doesNotContain("<b>x</b>")
                .contains("Đây không phải là một mã chứng nhận");
    }

    /** Asks again until the address's checks are used up (the bucket refills one every few seconds). */
    private HttpResponse<String> untilThrottled(String path) throws Exception {
        HttpResponse<String> page = get(path);
        for (int i = 0; i < 20 && page.statusCode() != 429; i++) {
            page = get(path);
        }
        return page;
    }

    @Test
    void checks_are_limited_per_network_address_with_429() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(get("/verify/" + "0".repeat(25) + (char) ('A' + i)).statusCode())
                    .isEqualTo(404);
        }
        HttpResponse<String> page = untilThrottled(qrPath());

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body())
                .contains("Bạn đã kiểm tra quá nhiều lần trong ít phút. Vui lòng thử lại sau một phút.")
                .doesNotContain("Giấy chứng nhận hợp lệ");
        assertThat(untilThrottled(qrPath() + "?lang=en").body())
                .contains("Too many checks in a few minutes. Please try again in a minute.");
    }

    @Test
    void the_areas_admin_signed_in_gets_a_link_to_revoke_in_the_app() throws Exception {
        String form =
                "username=" + URLEncoder.encode(TestArea.ADMIN, StandardCharsets.UTF_8) + "&password=mat-khau-kiem-thu";
        HttpResponse<Void> signIn = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String session = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();

        assertThat(get(qrPath(), session).body())
                .contains("href=\"/" + VerifyView.ROUTE + "/" + certificate.code() + "\"")
                .contains("Mở trong ứng dụng để thu hồi giấy này");
    }
}

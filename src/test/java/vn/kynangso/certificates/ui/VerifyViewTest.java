package vn.kynangso.certificates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateRevocation;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.certificates.VerificationThrottle;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** The admins' screen to check and revoke a certificate, and a learner's own list of certificates. */
class VerifyViewTest extends KaribuTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateRevocation revocation;

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

    private Certificate certificate;

    @BeforeEach
    void a_certificate() {
        throttle.reset();
        login(Learners.newResident(places, people, accounts));
        Learners.passCourse(learning, catalog, "mua-sam-truc-tuyen");
        List<Certificate> mine = certificates.mine();
        assertThat(mine).as("one course passed, one certificate").hasSize(1);
        certificate = mine.getFirst();
    }

    private String status() {
        return _get(H2.class, spec -> spec.withId("verify-status")).getText();
    }

    @Test
    void the_learner_sees_the_certificate_with_its_downloads() {
        UI.getCurrent().navigate("certificates");
        assertThat(_find(Anchor.class, spec -> spec.withId("certificate-pdf-" + certificate.id())))
                .hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("certificate-pdf-en-" + certificate.id())))
                .hasSize(1);
        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText("Mã: " + CertificateService.display(certificate.code()))))
                .isNotNull();
    }

    @Test
    void the_app_screen_is_for_admins_only_visitors_get_the_light_page() {
        newSession(); // nobody signed in
        UI.getCurrent().navigate(VerifyView.ROUTE + "/" + certificate.code());
        assertThat(_find(VerifyView.class)).isEmpty();
        assertThat(_find(H2.class, spec -> spec.withId("verify-status"))).isEmpty();
    }

    @Test
    void the_admin_checks_a_code_with_the_name_masked_and_typed_codes_too() {
        login(TestArea.ADMIN);
        UI.getCurrent().navigate(VerifyView.ROUTE + "/" + certificate.code());
        assertThat(status()).isEqualTo("Giấy chứng nhận hợp lệ");
        String name = certificate.holderName(); // "Người Học Thử 12"
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-holder")).getText())
                .isEqualTo("Người được chứng nhận: " + VerificationCard.masked(name))
                .doesNotContain(name.substring(name.indexOf(' ') + 1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-course")).getText())
                .isEqualTo("Khoá học: " + certificate.titleVi());

        _setValue(_get(TextField.class, spec -> spec.withId("verify-code")), "7K3QZ-M8P2X-R4T9W-B6N1C-H5JD0Y");
        _click(_get(Button.class, spec -> spec.withId("verify-check")));
        assertThat(status()).isEqualTo("Không có giấy chứng nhận nào mang mã này. Giấy này không hợp lệ.");
        _setValue(_get(TextField.class, spec -> spec.withId("verify-code")), "12345");
        _click(_get(Button.class, spec -> spec.withId("verify-check")));
        assertThat(status()).startsWith("Đây không phải là một mã chứng nhận");
    }

    @Test
    void the_commune_admin_revokes_with_a_reason_and_the_page_says_so_at_once() {
        login(TestArea.ADMIN);
        UI.getCurrent().navigate(VerifyView.ROUTE + "/" + certificate.code());
        _click(_get(Button.class, spec -> spec.withId("revoke-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("revoke-reason")).getErrorMessage())
                .isEqualTo("Ghi lý do thu hồi");
        _setValue(_get(TextField.class, spec -> spec.withId("revoke-reason")), "Làm bài hộ người khác");
        _click(_get(Button.class, spec -> spec.withId("revoke-confirm")));
        assertThat(status()).isEqualTo("Giấy chứng nhận này đã bị thu hồi, không còn giá trị");

        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-revoked-reason"))
                        .getText())
                .as("the area's admin sees why")
                .isEqualTo("Lý do thu hồi: Làm bài hộ người khác");
    }

    @Test
    void checks_are_limited_per_network_address() {
        login(TestArea.ADMIN);
        // the bucket refills one check every few seconds: go on until it is empty, however slow the machine
        for (int i = 0; i < 20; i++) {
            UI.getCurrent().navigate(VerifyView.ROUTE + "/" + "0".repeat(25) + (char) ('A' + i % 20));
            assertThat(_find(Paragraph.class, spec -> spec.withId("verify-throttled")))
                    .isEmpty();
        }
        for (int i = 0;
                i < 20
                        && _find(Paragraph.class, spec -> spec.withId("verify-throttled"))
                                .isEmpty();
                i++) {
            UI.getCurrent().navigate(VerifyView.ROUTE + "/" + certificate.code());
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-throttled"))
                        .getText())
                .isEqualTo("Bạn đã kiểm tra quá nhiều lần trong ít phút. Vui lòng thử lại sau một phút.");
        assertThat(_find(H2.class, spec -> spec.withId("verify-status"))).isEmpty();
    }

    @Test
    void masking_keeps_the_family_name_and_initials() {
        assertThat(VerificationCard.masked("Nguyễn Thị Thu Hương")).isEqualTo("Nguyễn T. T. H.");
        assertThat(VerificationCard.masked("Đỗ Ánh")).isEqualTo("Đỗ Á.");
    }
}

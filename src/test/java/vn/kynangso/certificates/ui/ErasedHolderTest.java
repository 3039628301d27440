package vn.kynangso.certificates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateBatch;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.certificates.VerificationThrottle;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** A certificate whose holder had their data deleted: still valid to anyone with its code, naming nobody. */
class ErasedHolderTest extends KaribuTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateBatch batch;

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

    @Autowired
    PersonalDataService personalData;

    @Test
    void the_verification_page_says_valid_and_names_nobody_after_deletion() {
        throttle.reset();
        TestArea.Ids area = TestArea.ensure(places, accounts);
        login(Learners.newResident(places, people, accounts));
        Learners.passCourse(learning, catalog, "thanh-toan-truc-tuyen");
        List<Certificate> mine = certificates.mine();
        assertThat(mine).as("one course passed, one certificate").hasSize(1);
        Certificate certificate = mine.getFirst();
        long person = certificate.personId();
        login(TestArea.ADMIN);
        long printable = batch.countPrintable(area.commune());

        personalData.erase(person);

        assertThat(batch.countPrintable(area.commune())).isEqualTo(printable - 1); // nobody to hand it to
        UI.getCurrent().navigate(VerifyView.ROUTE + "/" + certificate.code());
        assertThat(_get(H2.class, spec -> spec.withId("verify-status")).getText())
                .isEqualTo("Giấy chứng nhận hợp lệ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-holder")).getText())
                .isEqualTo("Người được chứng nhận: đã xoá tên theo yêu cầu của người đó");
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-course")).getText())
                .contains(certificate.title(Locale.ROOT));
        // an admin of the area can still print it, without a name
        assertThat(certificates.pdf(certificate.id(), Locale.ROOT))
                .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}

package vn.kynangso.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CourseCategory;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.AttemptReport;
import vn.kynangso.learning.CourseCompleted;
import vn.kynangso.learning.Learners;
import vn.kynangso.people.PersonalDataService;

/**
 * Issuing: one certificate per learner per course version and one per covered household, never a
 * second; issued after the learner's transaction commits, so a failure in issuing keeps the pass
 * and the certificate arrives when the event is resubmitted.
 */
class CertificateIssuerTest extends CertificateKaribuTest {

    static final List<String> SKILL_COURSES = List.of(
            "dich-vu-cong-truc-tuyen",
            "mua-sam-truc-tuyen",
            "thanh-toan-truc-tuyen",
            "tu-bao-ve-tren-khong-gian-mang",
            "nen-tang-so-khac");

    private static final String FAILING = "certificate_issuing_fails";

    @Autowired
    CertificateIssuer issuer;

    @Autowired
    CertificateBackfill backfill;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    CertificateVerification verification;

    @Autowired
    TransactionTemplate transactions;

    /** Makes every insert of a certificate for this person fail, as a database error would. */
    private void failIssuingFor(long personId) {
        jdbc.execute("CREATE TRIGGER " + FAILING + " BEFORE INSERT ON certificate FOR EACH ROW BEGIN"
                + " IF NEW.person_id = " + personId + " THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'issuing fails (test)'; END IF; END");
    }

    @AfterEach
    void issuing_works_again() {
        jdbc.execute("DROP TRIGGER IF EXISTS " + FAILING);
    }

    /** The registry's entries for this person's completions, by status; deleted once issued. */
    private List<String> publicationsOf(long personId) {
        return jdbc.queryForList(
                "SELECT STATUS FROM EVENT_PUBLICATION WHERE LISTENER_ID = ? AND SERIALIZED_EVENT LIKE ?",
                String.class,
                CertificateIssuer.COURSE_COMPLETED,
                "%\"personId\":" + personId + ",%");
    }

    private boolean completed(long personId) {
        return jdbc.queryForObject(
                        "SELECT COUNT(*) FROM enrolment WHERE person_id = ? AND course_code = ? AND completed_at IS NOT NULL",
                        Long.class,
                        personId,
                        COURSE)
                == 1;
    }

    @Test
    void completing_a_course_issues_one_certificate_and_issuing_again_makes_no_duplicate() {
        Resident huong = newResident("Nguyễn Thị Thu Hương");
        Certificate certificate = passAndGetCertificate(huong);
        assertThat(certificate.kind()).isEqualTo(Certificate.Kind.COURSE);
        assertThat(certificate.holderName()).isEqualTo("Nguyễn Thị Thu Hương");
        assertThat(certificate.birthYear()).isEqualTo(1958);
        assertThat(certificate.skill()).isEqualTo(Skill.CYBER_SAFETY);
        assertThat(certificate.creditHours()).isNull();
        assertThat(certificate.completedOn()).isEqualTo(clock.today());
        assertThat(certificate.issuer()).isEqualTo("Xã Kiểm Thử, Tỉnh Kiểm Thử");
        assertThat(certificate.code()).matches("[0-9A-HJKMNP-TV-Z]{26}");

        long version = jdbc.queryForObject(
                "SELECT course_version_id FROM certificate WHERE id = ?", Long.class, certificate.id());
        transactions.executeWithoutResult(tx -> issuer.issue(new CourseCompleted(
                huong.personId(), 0, COURSE, version, CourseCategory.SKILL, Skill.CYBER_SAFETY, clock.instant())));
        assertThat(certificatesOf(huong.personId())).isOne();
        assertThat(certificates.mine()).singleElement().isEqualTo(certificate);
        assertThat(publicationsOf(huong.personId())).as("done, so forgotten").isEmpty();
    }

    @Test
    void the_certificate_is_issued_once_the_learners_transaction_has_committed() {
        Resident resident = newResident("Trần Văn Cam Kết");
        login(resident.phone());
        transactions.executeWithoutResult(tx -> {
            Learners.passCourse(learning, catalog, COURSE);
            assertThat(completed(resident.personId())).isTrue();
            assertThat(certificatesOf(resident.personId()))
                    .as("not inside the learner's transaction")
                    .isZero();
            assertThat(publicationsOf(resident.personId()))
                    .as("recorded with the pass")
                    .containsExactly("PUBLISHED");
        });
        assertThat(certificatesOf(resident.personId())).isOne();
    }

    @Test
    void a_pass_rolled_back_issues_no_certificate_and_leaves_nothing_to_resubmit() {
        Resident resident = newResident("Lê Văn Hoàn Tác");
        login(resident.phone());
        transactions.executeWithoutResult(tx -> {
            Learners.passCourse(learning, catalog, COURSE);
            tx.setRollbackOnly();
        });
        assertThat(completed(resident.personId())).isFalse();
        assertThat(certificatesOf(resident.personId())).isZero();
        assertThat(publicationsOf(resident.personId())).isEmpty();
    }

    @Test
    void a_failure_in_issuing_keeps_the_pass_and_the_certificate_arrives_when_resubmitted() throws Exception {
        Resident resident = newResident("Phạm Thị Sự Cố");
        failIssuingFor(resident.personId());
        LocalDate passedOn = clock.today();
        login(resident.phone());

        AttemptReport report = Learners.passCourse(learning, catalog, COURSE);

        assertThat(report.summary().passed()).isTrue();
        assertThat(completed(resident.personId())).as("the pass is kept").isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM proficiency WHERE person_id = ?", Long.class, resident.personId()))
                .isOne();
        assertThat(certificatesOf(resident.personId())).isZero();
        assertThat(publicationsOf(resident.personId())).containsExactly("FAILED");

        issuing_works_again();
        clock.advance(Duration.ofDays(1));
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof CourseCompleted c && c.personId() == resident.personId());

        assertThat(certificatesOf(resident.personId())).isOne();
        assertThat(publicationsOf(resident.personId())).isEmpty();
        List<Certificate> mine = certificates.mine();
        assertThat(mine).as("one course passed, one certificate").hasSize(1);
        Certificate certificate = mine.getFirst();
        assertThat(certificate.completedOn())
                .as("dated by the pass, not the issue")
                .isEqualTo(passedOn);
        assertThat(certificate.issuedAt())
                .isAfter(passedOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant());

        // nothing issues it twice: another resubmission, the start-up backfill
        incomplete.resubmitIncompletePublications(p -> true);
        newSession();
        backfill.run(null);
        assertThat(certificatesOf(resident.personId())).isOne();
    }

    @Test
    void a_failed_issue_is_retried_on_schedule_once_it_is_a_minute_old() {
        Resident resident = newResident("Đỗ Văn Thử Lại");
        failIssuingFor(resident.personId());
        login(resident.phone());
        Learners.passCourse(learning, catalog, COURSE);
        assertThat(publicationsOf(resident.personId())).containsExactly("FAILED");
        issuing_works_again();

        clock.advance(Duration.ofSeconds(59));
        issuer.retryFailed();
        assertThat(certificatesOf(resident.personId())).isZero();

        clock.advance(Duration.ofSeconds(1));
        issuer.retryFailed();
        assertThat(certificatesOf(resident.personId())).isOne();
        assertThat(publicationsOf(resident.personId())).isEmpty();
    }

    /**
     * Two app nodes run the retry at the same moment: each failed publication is claimed by one of
     * them (Modulith marks it resubmitted only where its status was not yet), and the certificate's
     * unique key would refuse a second anyway.
     */
    @Test
    void two_nodes_retrying_at_the_same_moment_issue_one_certificate() throws Exception {
        Resident resident = newResident("Trịnh Văn Hai Máy");
        failIssuingFor(resident.personId());
        login(resident.phone());
        Learners.passCourse(learning, catalog, COURSE);
        assertThat(publicationsOf(resident.personId())).containsExactly("FAILED");
        issuing_works_again();
        clock.advance(Duration.ofMinutes(1));

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Void> node = () -> {
            together.await();
            issuer.retryFailed();
            return null;
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> done : two.invokeAll(List.of(node, node))) {
                done.get(); // throws if a retry failed
            }
        } finally {
            two.shutdownNow();
        }

        assertThat(certificatesOf(resident.personId())).isOne();
        assertThat(publicationsOf(resident.personId())).isEmpty();
    }

    @Test
    void a_certificate_issued_after_its_holder_was_erased_names_nobody() {
        Resident resident = newResident("Vũ Thị Đã Xoá");
        failIssuingFor(resident.personId());
        login(resident.phone());
        Learners.passCourse(learning, catalog, COURSE);
        login(TestArea.ADMIN);
        personalData.erase(resident.personId());
        issuing_works_again();

        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof CourseCompleted c && c.personId() == resident.personId());

        Certificate certificate = jdbc.queryForObject(
                "SELECT code FROM certificate WHERE person_id = ?",
                (rs, n) -> verification.verify(rs.getString(1)).certificate(),
                resident.personId());
        assertThat(certificate.holderName()).isEmpty();
        assertThat(certificate.birthYear()).isNull();
        assertThat(certificate.isHolderErased()).isTrue();
        assertThat(certificate.title(Locale.ROOT)).isEqualTo("Tự bảo vệ trên không gian mạng");
    }

    @Test
    void completions_from_before_certificates_existed_get_their_certificates_at_start() throws Exception {
        Resident resident = newResident("Hoàng Văn Cũ");
        Certificate certificate = passAndGetCertificate(resident);
        jdbc.update("DELETE FROM certificate WHERE id = ?", certificate.id());
        assertThat(certificates.mine()).isEmpty();
        newSession();
        backfill.run(null);
        login(resident.phone());
        assertThat(certificates.mine()).singleElement().satisfies(c -> {
            assertThat(c.courseCode()).isEqualTo(COURSE);
            assertThat(c.code()).isNotEqualTo(certificate.code());
        });
    }

    @Test
    void a_covered_household_gets_its_digital_household_certificate_once() {
        login(newResident("Nguyễn Thị Thu Hương").phone());
        for (String course : SKILL_COURSES) {
            Learners.passCourse(learning, catalog, course);
        }
        List<Certificate> mine = certificates.mine();
        assertThat(mine).filteredOn(c -> c.kind() == Certificate.Kind.COURSE).hasSize(5);
        assertThat(mine)
                .filteredOn(c -> c.kind() == Certificate.Kind.HOUSEHOLD)
                .singleElement()
                .satisfies(household -> {
                    assertThat(household.holderName()).isEqualTo("Nguyễn Thị Thu Hương");
                    assertThat(household.title(Locale.ROOT)).endsWith(", ngõ Chứng Nhận");
                    assertThat(household.completedOn()).isEqualTo(clock.today());
                });
    }
}

package vn.kynangso.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Skill;
import vn.kynangso.certificates.Certificate;
import vn.kynangso.certificates.CertificateService;
import vn.kynangso.certificates.CertificateService.Verification;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.Consent;
import vn.kynangso.people.ConsentService;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.people.PersonalDataService.Correction;
import vn.kynangso.places.PlaceService;
import vn.kynangso.privacy.DataRequest.Kind;
import vn.kynangso.privacy.DataRequest.Status;
import vn.kynangso.security.AccountService;
import vn.kynangso.visits.VisitOutcome;
import vn.kynangso.visits.VisitService;

/** Correction and deletion requests: filed by the person or for them, decided by their commune admin, recorded. */
class DataRequestTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    HouseholdService households;

    @Autowired
    ConsentService consents;

    @Autowired
    DataRequestService requests;

    @Autowired
    VisitService visits;

    @Autowired
    CertificateService certificates;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private TestArea.Ids area;
    private Residents residents;

    @BeforeEach
    void aRegisteredHouseholdWithALogin() {
        area = TestArea.ensure(places, accounts);
        login(TestArea.TEAM_MEMBER);
        residents = Residents.register(households, people, area.hamlet());
    }

    private DataRequest theOneIn(List<DataRequest> list, long id) {
        return list.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void a_resident_asks_and_only_the_commune_admin_of_their_area_sees_it() {
        login(residents.login());
        long id = requests.fileMine(Kind.CORRECTION, "Năm sinh của tôi là 1956");

        assertThat(requests.mine()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.OPEN);
            assertThat(r.onBehalf()).isFalse();
            assertThat(r.filedBy()).isEqualTo(residents.headName());
        });
        assertThatThrownBy(() -> requests.fileMine(Kind.CORRECTION, "Lần nữa"))
                .isInstanceOfSatisfying(
                        DataRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataRequestException.Reason.ALREADY_OPEN));

        login(TestArea.ADMIN);
        DataRequest seen = theOneIn(requests.inMyArea(true), id);
        assertThat(seen.personName()).isEqualTo(residents.headName());
        assertThat(seen.place()).isEqualTo("Thôn Kiểm Thử");
        assertThat(seen.reason()).isEqualTo("Năm sinh của tôi là 1956");

        login("quantrixa"); // the demo commune's admin
        assertThat(requests.inMyArea(false)).noneMatch(r -> r.id() == id);
        login("quantritinh"); // the demo province's admin
        assertThat(requests.inMyArea(false)).noneMatch(r -> r.id() == id);
    }

    @Test
    void a_team_member_asks_on_a_residents_behalf_and_it_is_recorded_as_such() {
        long id = requests.fileFor(residents.other(), Kind.DELETION, "Cháu đi làm xa, không dùng nữa");
        login(TestArea.ADMIN);
        DataRequest seen = theOneIn(requests.inMyArea(true), id);
        assertThat(seen.onBehalf()).isTrue();
        assertThat(seen.filedBy()).isEqualTo("Tổ Viên Kiểm Thử");
        assertThat(seen.kind()).isEqualTo(Kind.DELETION);
    }

    @Test
    void a_correction_changes_the_data_and_records_what_changed() {
        login(residents.login());
        long id = requests.fileMine(Kind.CORRECTION, "Tên tôi viết sai");
        login(TestArea.ADMIN);

        requests.correct(
                id, new Correction("Quyền Thị Dữ Liệu Đúng", 1956, "", "Số 99, ngõ Quyền Riêng Tư"), "Đã gọi xác nhận");

        Map<String, Object> person =
                jdbc.queryForMap("SELECT full_name, birth_year, phone FROM person WHERE id = ?", residents.head());
        assertThat(person).containsEntry("full_name", "Quyền Thị Dữ Liệu Đúng").containsEntry("birth_year", 1956);
        assertThat(person.get("phone")).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT address FROM household WHERE id = ?", String.class, residents.household()))
                .isEqualTo("Số 99, ngõ Quyền Riêng Tư");
        assertThat(jdbc.queryForObject(
                        "SELECT display_name FROM account WHERE person_id = ?", String.class, residents.head()))
                .isEqualTo("Quyền Thị Dữ Liệu Đúng");
        DataRequest done = theOneIn(requests.inMyArea(false), id);
        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.decidedBy()).isEqualTo("Quản Trị Kiểm Thử");
        assertThat(done.decidedAt()).isNotNull();
        assertThat(done.decision())
                .startsWith("Đã gọi xác nhận — ")
                .contains("Họ và tên: " + residents.headName() + " → Quyền Thị Dữ Liệu Đúng")
                .contains("Năm sinh: 1955 → 1956");
        assertThatThrownBy(() -> requests.refuse(id, "muộn"))
                .isInstanceOfSatisfying(
                        DataRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataRequestException.Reason.NOT_OPEN));

        login(residents.login());
        assertThat(requests.mine())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Status.DONE));
    }

    @Test
    void a_refusal_says_why_and_the_resident_reads_it() {
        login(residents.login());
        long id = requests.fileMine(Kind.DELETION, "Không muốn dùng nữa");
        login(TestArea.ADMIN);
        assertThatThrownBy(() -> requests.refuse(id, "  "))
                .isInstanceOfSatisfying(
                        DataRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataRequestException.Reason.BAD_REASON));
        requests.refuse(id, "Bà còn đang học dở khoá bắt buộc; xin gặp tổ để bàn thêm");

        login(residents.login());
        assertThat(requests.mine()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.REFUSED);
            assertThat(r.decision()).isEqualTo("Bà còn đang học dở khoá bắt buộc; xin gặp tổ để bàn thêm");
        });
        assertThat(jdbc.queryForObject("SELECT erased_at FROM person WHERE id = ?", Object.class, residents.head()))
                .isNull();
    }

    @Test
    void deletion_anonymises_the_person_closes_their_account_and_is_recorded() {
        visits.record(
                residents.household(),
                clock.today(),
                VisitOutcome.HELPED,
                Set.of(Skill.ONLINE_PAYMENT),
                null,
                "Bà " + residents.headName() + " cần học lại mã QR");
        login(residents.login());
        long id = requests.fileMine(Kind.DELETION, "Tôi không dùng nữa, xin xoá");
        login(TestArea.ADMIN);

        requests.erase(id, null);

        Map<String, Object> person = jdbc.queryForMap(
                "SELECT full_name, birth_year, phone, erased_at FROM person WHERE id = ?", residents.head());
        assertThat(person.get("full_name")).isEqualTo(PersonalDataService.ERASED_NAME);
        assertThat(person.get("birth_year")).isNull();
        assertThat(person.get("phone")).isNull();
        assertThat(person.get("erased_at")).isNotNull();
        Map<String, Object> account = jdbc.queryForMap(
                "SELECT enabled, phone, display_name FROM account WHERE person_id = ?", residents.head());
        assertThat(account)
                .containsEntry("enabled", false)
                .containsEntry("display_name", PersonalDataService.ERASED_NAME);
        assertThat(account.get("phone")).isNull();
        assertThatThrownBy(() -> users.loadUserByUsername(residents.login()))
                .isInstanceOf(UsernameNotFoundException.class);
        // the household stays (the other member is still in it), its head is now the other member
        assertThat(jdbc.queryForObject(
                        "SELECT head_person_id FROM household WHERE id = ?", Long.class, residents.household()))
                .isEqualTo(residents.other());
        // the disability flag may concern them: cleared, and so is the consent they gave
        assertThat(jdbc.queryForObject(
                        "SELECT disability FROM household WHERE id = ?", Boolean.class, residents.household()))
                .isFalse();
        assertThat(consents.of(residents.household()))
                .allSatisfy(c -> {
                    assertThat(c.givenBy()).isEqualTo(PersonalDataService.ERASED_NAME);
                    assertThat(c.isActive()).isFalse();
                    assertThat(c.withdrawnBy()).isEqualTo("Quản Trị Kiểm Thử");
                })
                .extracting(Consent::purpose)
                .hasSize(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM visit WHERE household_id = ? AND note IS NOT NULL",
                        Long.class,
                        residents.household()))
                .isZero();
        DataRequest done = theOneIn(requests.inMyArea(false), id);
        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.personName()).isEqualTo(PersonalDataService.ERASED_NAME);
        assertThat(done.decision()).isEqualTo("Đã xoá dữ liệu (ẩn danh) người này");
        // nobody can start helping or print a login card for them any more
        login(TestArea.TEAM_MEMBER);
        assertThatThrownBy(() -> households.loginCard(residents.head())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deletion_keeps_the_certificate_verifiable_without_the_name_and_the_learning_records() {
        login(residents.login());
        Learners.passCourse(learning, catalog, "tu-bao-ve-tren-khong-gian-mang");
        Certificate issued = certificates.mine().stream()
                .filter(c -> c.kind() == Certificate.Kind.COURSE)
                .findFirst()
                .orElseThrow();
        assertThat(issued.holderName()).isEqualTo(residents.headName());
        long id = requests.fileMine(Kind.DELETION, "Xin xoá");
        login(TestArea.ADMIN);
        requests.erase(id, "Theo đơn ngày 5/10");

        Verification verification = certificates.verify(issued.code());
        assertThat(verification.status()).isEqualTo(Verification.Status.VALID);
        assertThat(verification.certificate()).satisfies(c -> {
            assertThat(c.holderName()).isEmpty();
            assertThat(c.birthYear()).isNull();
            assertThat(c.isHolderErased()).isTrue();
            assertThat(c.code()).isEqualTo(issued.code());
            assertThat(c.titleVi()).isEqualTo(issued.titleVi());
        });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM enrolment WHERE person_id = ? AND completed_at IS NOT NULL",
                        Long.class,
                        residents.head()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM proficiency WHERE person_id = ?", Long.class, residents.head()))
                .isEqualTo(1);
    }

    @Test
    void deletion_anonymises_the_persons_rows_in_closed_year_end_evaluations() {
        jdbc.update(
                "INSERT IGNORE INTO evaluation_closing (year, commune_id, closed_at) VALUES (2020, ?, '2021-01-01 00:05:00')",
                area.commune());
        jdbc.update(
                "INSERT INTO closed_official (year, commune_id, person_id, position, full_name, birth_year, unit_name)"
                        + " VALUES (2020, ?, ?, 0, ?, 1955, 'Văn phòng')",
                area.commune(),
                residents.head(),
                residents.headName());
        long id = requests.fileFor(residents.head(), Kind.DELETION, "Xin xoá");
        login(TestArea.ADMIN);
        requests.erase(id, null);

        assertThat(jdbc.queryForMap(
                        "SELECT full_name, birth_year, unit_name FROM closed_official WHERE person_id = ?",
                        residents.head()))
                .containsEntry("full_name", PersonalDataService.ERASED_NAME)
                .containsEntry("unit_name", "Văn phòng")
                .satisfies(row -> assertThat(row.get("birth_year")).isNull());
    }

    @Test
    void a_request_is_decided_only_as_it_asks_and_only_once() {
        long id = requests.fileFor(residents.other(), Kind.CORRECTION, "Sai năm sinh");
        login(TestArea.ADMIN);
        assertThatThrownBy(() -> requests.erase(id, null))
                .isInstanceOfSatisfying(
                        DataRequestException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataRequestException.Reason.NOT_OPEN));
        assertThat(jdbc.queryForObject("SELECT erased_at FROM person WHERE id = ?", Object.class, residents.other()))
                .isNull();
        requests.refuse(id, "Năm sinh đúng theo sổ hộ khẩu");
        assertThatThrownBy(() -> requests.correct(id, new Correction("X", null, null, null), null))
                .isInstanceOf(DataRequestException.class);
    }
}

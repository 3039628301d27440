package vn.kynangso.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.learning.Learners;
import vn.kynangso.people.ConsentService.NewConsent;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.places.PlaceService;
import vn.kynangso.reports.WorkItem;
import vn.kynangso.reports.WorkListService;
import vn.kynangso.security.AccountService;

/** Every read of a household's disability and poverty flags by staff leaves who, when and which household. */
class FlagAccessLogTest extends KaribuTest {

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
    WorkListService workList;

    @Autowired
    FlagAccessLog log;

    @Autowired
    JdbcTemplate jdbc;

    private long hamlet;

    @BeforeEach
    void teamMemberOfTheTestHamlet() {
        hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
    }

    private long reads(long household, String context) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM sensitive_read WHERE household_id = ? AND context = ?",
                Long.class,
                household,
                context);
    }

    private long register(String address) {
        return households
                .register(new NewHousehold(
                        hamlet,
                        address,
                        List.of(new NewMember("Ông Văn Đọc", 1944, null)),
                        true,
                        Poverty.POOR,
                        new NewConsent("Ông Văn Đọc", Set.of(ConsentPurpose.LEARNING, ConsentPurpose.DISABILITY))))
                .getId();
    }

    @Test
    void opening_a_household_logs_who_read_its_flags_and_when() {
        long household = register("Số 1, ngõ Nhật Ký");
        assertThat(reads(household, "HOUSEHOLD")).isZero(); // registering is not reading

        households.details(household);

        assertThat(jdbc.queryForMap(
                        "SELECT a.username, r.hamlet_id, r.read_at FROM sensitive_read r"
                                + " JOIN account a ON a.id = r.account_id WHERE r.household_id = ?",
                        household))
                .containsEntry("username", TestArea.TEAM_MEMBER)
                .containsEntry("hamlet_id", hamlet)
                .satisfies(row -> assertThat(((Timestamp) row.get("read_at")).toInstant())
                        .isBetween(clock.instant().minusSeconds(5), clock.instant()));
        households.priority(household);
        assertThat(reads(household, "HOUSEHOLD")).isEqualTo(2);
    }

    @Test
    void every_household_on_a_work_list_is_logged_as_read_once_per_opening() {
        long household = register("Số 2, ngõ Nhật Ký");
        long before =
                jdbc.queryForObject("SELECT COUNT(*) FROM sensitive_read WHERE context = 'WORK_LIST'", Long.class);

        List<WorkItem> items = workList.myWorkList();

        assertThat(items).extracting(WorkItem::householdId).contains(household);
        assertThat(reads(household, "WORK_LIST")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sensitive_read WHERE context = 'WORK_LIST'", Long.class))
                .isEqualTo(before + items.size());
    }

    @Test
    void a_person_reading_their_own_households_flags_is_not_logged_but_sees_who_did() {
        String phone = Learners.newResident(places, people, accounts);
        long household = jdbc.queryForObject("SELECT household_id FROM person WHERE phone = ?", Long.class, phone);
        households.setPriority(household, false, Poverty.NEAR_POOR);
        households.details(household);

        login(phone);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM sensitive_read", Long.class);
        assertThat(households.myPriority())
                .hasValueSatisfying(p -> assertThat(p.poverty()).isEqualTo(Poverty.NEAR_POOR));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sensitive_read", Long.class))
                .isEqualTo(before);
        assertThat(log.mine())
                .extracting(FlagAccess::who, FlagAccess::screen, FlagAccess::field)
                .containsExactly(
                        tuple("Tổ Viên Kiểm Thử", FlagAccess.Screen.HOUSEHOLD, null),
                        tuple("Tổ Viên Kiểm Thử", null, "poverty"));
    }

    @Test
    void only_admins_read_the_log_and_only_of_their_area() {
        long household = register("Số 3, ngõ Nhật Ký");
        households.details(household);
        assertThatThrownBy(() -> log.inMyArea(clock.today(), clock.today())).isInstanceOf(AccessDeniedException.class);

        login(TestArea.ADMIN);
        assertThat(log.inMyArea(clock.today(), clock.today()))
                .filteredOn(a -> a.householdId() == household)
                .extracting(FlagAccess::who, FlagAccess::address, FlagAccess::hamlet)
                .contains(tuple("Tổ Viên Kiểm Thử", "Số 3, ngõ Nhật Ký", "Thôn Kiểm Thử"));
        assertThat(log.inMyArea(clock.today().minusDays(30), clock.today().minusDays(1)))
                .noneMatch(a -> a.householdId() == household);

        login("quantrixa"); // another commune's admin
        assertThat(log.inMyArea(clock.today(), clock.today())).noneMatch(a -> a.householdId() == household);
    }
}

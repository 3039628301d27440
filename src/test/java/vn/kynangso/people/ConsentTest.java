package vn.kynangso.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.learning.Learners;
import vn.kynangso.people.ConsentService.NewConsent;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** A household's consent decides whether disability (health data) is kept; who agreed, when and to what is on record. */
class ConsentTest extends KaribuTest {

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
    JdbcTemplate jdbc;

    private long hamlet;

    @BeforeEach
    void teamMemberOfTheTestHamlet() {
        hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
    }

    private Household register(String address, String head, boolean disability, Set<ConsentPurpose> purposes) {
        return households.register(new NewHousehold(
                hamlet,
                address,
                List.of(new NewMember(head, 1950, null), new NewMember(head + " Con", 1980, null)),
                disability,
                Poverty.NEAR_POOR,
                new NewConsent(head, purposes)));
    }

    private List<String> changes(long household) {
        return jdbc.queryForList(
                "SELECT CONCAT(field, ':', old_value, '>', new_value) FROM sensitive_change WHERE household_id = ?"
                        + " ORDER BY id",
                String.class,
                household);
    }

    @Test
    void disability_is_not_saved_without_the_households_consent() {
        Household household = register("Số 1, ngõ Đồng Ý", "Lã Văn Khước", true, Set.of(ConsentPurpose.LEARNING));

        assertThat(households.priority(household.getId()).disability()).isFalse();
        assertThat(changes(household.getId())).containsExactly("poverty:NONE>NEAR_POOR");
        // nor by a later change: the household has not agreed
        assertThatThrownBy(() -> households.setPriority(household.getId(), true, Poverty.NEAR_POOR))
                .isInstanceOfSatisfying(
                        HouseholdException.class,
                        e -> assertThat(e.reason()).isEqualTo(HouseholdException.Reason.NO_DISABILITY_CONSENT));
        // nor when registered with no consent at all
        Household none = households.register(new NewHousehold(
                hamlet, "Số 2, ngõ Đồng Ý", List.of(new NewMember("Lã Thị Im", 1940, null)), true, Poverty.NONE));
        assertThat(households.priority(none.getId()).disability()).isFalse();
        assertThat(consents.of(none.getId())).isEmpty();
    }

    @Test
    void consent_records_who_agreed_when_to_what_and_who_recorded_it() {
        Household household = register(
                "Số 3, ngõ Đồng Ý", "Lã Thị Thuận", true, Set.of(ConsentPurpose.LEARNING, ConsentPurpose.DISABILITY));

        assertThat(households.priority(household.getId()).disability()).isTrue();
        assertThat(consents.of(household.getId()))
                .hasSize(2)
                .allSatisfy(c -> {
                    assertThat(c.givenBy()).isEqualTo("Lã Thị Thuận");
                    assertThat(c.givenAt()).isBetween(clock.instant().minusSeconds(5), clock.instant());
                    assertThat(c.recordedBy()).isEqualTo("Tổ Viên Kiểm Thử");
                    assertThat(c.method()).isEqualTo(Consent.Method.IN_PERSON);
                    assertThat(c.noticeVersion()).isEqualTo(ConsentService.NOTICE_VERSION);
                    assertThat(c.isActive()).isTrue();
                })
                .extracting(Consent::purpose)
                .containsExactlyInAnyOrder(ConsentPurpose.LEARNING, ConsentPurpose.DISABILITY);
        long head = people.members(household.getId()).getFirst().getId();
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT given_by_person_id FROM household_consent WHERE household_id = ?",
                        Long.class,
                        household.getId()))
                .containsExactly(head);
    }

    @Test
    void a_consent_that_leaves_out_the_learning_records_registers_nobody() {
        long before = people.countHouseholds(List.of(hamlet));
        assertThatThrownBy(() -> register("Số 4, ngõ Đồng Ý", "Lã Văn Nửa", true, Set.of(ConsentPurpose.DISABILITY)))
                .isInstanceOfSatisfying(
                        HouseholdException.class,
                        e -> assertThat(e.reason()).isEqualTo(HouseholdException.Reason.NO_LEARNING_CONSENT));
        assertThat(people.countHouseholds(List.of(hamlet))).isEqualTo(before);
    }

    @Test
    void withdrawing_disability_consent_clears_the_flag_and_records_who_did() {
        Household household = register(
                "Số 5, ngõ Đồng Ý", "Lã Văn Rút", true, Set.of(ConsentPurpose.LEARNING, ConsentPurpose.DISABILITY));

        consents.withdraw(household.getId(), ConsentPurpose.DISABILITY);

        assertThat(households.priority(household.getId()).disability()).isFalse();
        assertThat(changes(household.getId()))
                .containsExactly("disability:false>true", "poverty:NONE>NEAR_POOR", "disability:true>false");
        assertThat(consents.of(household.getId()))
                .filteredOn(c -> c.purpose() == ConsentPurpose.DISABILITY)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.isActive()).isFalse();
                    assertThat(c.withdrawnBy()).isEqualTo("Tổ Viên Kiểm Thử");
                });
        assertThat(consents.of(household.getId()))
                .filteredOn(c -> c.purpose() == ConsentPurpose.LEARNING)
                .singleElement()
                .satisfies(c -> assertThat(c.isActive()).isTrue());
        // agreeing again is a new record; the flag can then be set again
        consents.record(household.getId(), new NewConsent("Lã Văn Rút", Set.of(ConsentPurpose.DISABILITY)));
        households.setPriority(household.getId(), true, Poverty.NEAR_POOR);
        assertThat(households.priority(household.getId()).disability()).isTrue();
        assertThat(consents.of(household.getId())).hasSize(3);
    }

    @Test
    void a_resident_withdraws_their_households_consent_themselves() {
        String phone = Learners.newResident(places, people, accounts);
        long household = jdbc.queryForObject("SELECT household_id FROM person WHERE phone = ?", Long.class, phone);
        consents.record(household, new NewConsent("Người Học Thử", Set.of(ConsentPurpose.DISABILITY)));
        households.setPriority(household, true, Poverty.NONE);

        login(phone);
        assertThat(consents.mine()).extracting(Consent::purpose).containsExactly(ConsentPurpose.DISABILITY);
        assertThat(households.myPriority())
                .hasValueSatisfying(p -> assertThat(p.disability()).isTrue());
        consents.withdrawMine(ConsentPurpose.DISABILITY);
        assertThat(households.myPriority())
                .hasValueSatisfying(p -> assertThat(p.disability()).isFalse());
        assertThat(consents.mine())
                .singleElement()
                .satisfies(c -> assertThat(c.isActive()).isFalse());
    }
}

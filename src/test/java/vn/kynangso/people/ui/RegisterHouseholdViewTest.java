package vn.kynangso.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdException;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

class RegisterHouseholdViewTest extends KaribuTest {

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

    private TestArea.Ids area;

    @BeforeEach
    void teamMemberAtTheDoor() {
        area = TestArea.ensure(places, accounts);
        login(TestArea.TEAM_MEMBER);
        UI.getCurrent().navigate("households/new");
    }

    private void fill(String address, String name, Integer year, String phone) {
        _setValue(_get(TextField.class, spec -> spec.withId("household-address")), address);
        _setValue(_get(TextField.class, spec -> spec.withId("member-name-0")), name);
        _setValue(_get(IntegerField.class, spec -> spec.withId("member-year-0")), year);
        _setValue(_get(TextField.class, spec -> spec.withId("member-phone-0")), phone);
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent-learning")), true);
    }

    private void save() {
        _click(_get(Button.class, spec -> spec.withId("household-save")));
    }

    private long householdsInTestHamlet() {
        return people.countHouseholds(List.of(area.hamlet()));
    }

    @Test
    void a_household_with_two_members_is_registered_in_a_few_taps() {
        long before = householdsInTestHamlet();
        assertThat(_get(Select.class, spec -> spec.withId("household-hamlet")).getValue())
                .isNotNull(); // only hamlet
        fill("Số 1, xóm Giữa", "Hoàng Thị Lụa", 1950, "");
        _click(_get(Button.class, spec -> spec.withId("household-add-member")));
        _setValue(_get(TextField.class, spec -> spec.withId("member-name-1")), "Hoàng Văn Tùng");
        _setValue(_get(IntegerField.class, spec -> spec.withId("member-year-1")), 1978);
        save();
        assertThat(householdsInTestHamlet()).isEqualTo(before + 1);
        Household saved = people.householdsIn(area.hamlet()).getLast();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("households/" + saved.getId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("household-registered"))
                        .getText())
                .isEqualTo("Đã đăng ký hộ Số 1, xóm Giữa với 2 người.");
        // the members' actions are one tap away
        Long first = people.members(saved.getId()).getFirst().getId();
        _get(Button.class, spec -> spec.withId("card-" + first));
        _get(Button.class, spec -> spec.withId("help-" + first));
        assertThat(_find(Component.class).stream()
                        .filter(c -> c instanceof HasValidation v && v.isInvalid())
                        .toList())
                .as("fields marked wrong")
                .isEmpty();
    }

    @Test
    void the_confirmation_is_shown_once_and_leads_to_the_next_house() {
        fill("Số 1B, xóm Giữa", "Hoàng Văn Một", 1960, "");
        save();
        String page = UI.getCurrent().getActiveViewLocation().getPath();
        _click(_get(Button.class, spec -> spec.withId("household-register-next")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("households/new");
        assertThat(_get(TextField.class, spec -> spec.withId("household-address"))
                        .isInvalid())
                .isFalse();
        UI.getCurrent().navigate(page); // opened again later: no confirmation
        _assertNone(Paragraph.class, spec -> spec.withId("household-registered"));
    }

    private void registerAnother() {
        UI.getCurrent().navigate("households/new");
    }

    @Test
    void the_same_name_and_birth_year_in_the_hamlet_is_flagged_before_saving() {
        fill("Số 2, xóm Đình", "Trần Văn Trùng", 1970, "");
        save();
        registerAnother();
        long before = householdsInTestHamlet();
        fill("Số 2B, xóm Đình", "Trần Văn Trùng", 1970, "");
        save();
        List<Paragraph> warnings = _find(
                _get(Div.class, spec -> spec.withId("household-warnings")),
                Paragraph.class,
                spec -> spec.withClasses("kns-duplicate"));
        assertThat(warnings)
                .singleElement()
                .extracting(Paragraph::getText)
                .isEqualTo("Đã có Trần Văn Trùng (sinh năm 1970) ở Số 2, xóm Đình.");
        assertThat(householdsInTestHamlet()).isEqualTo(before); // nothing saved yet
        _click(_get(Button.class, spec -> spec.withId("household-save-anyway")));
        assertThat(householdsInTestHamlet()).isEqualTo(before + 1);
    }

    @Test
    void a_name_typed_without_accents_is_flagged_as_possibly_the_same_person() {
        fill("Số 2C, xóm Đình", "Trần Văn Dũng", 1971, "");
        save();
        registerAnother();
        fill("Số 2D, xóm Đình", "tran van  dung", 1971, "");
        save();
        List<Paragraph> warnings = _find(
                _get(Div.class, spec -> spec.withId("household-warnings")),
                Paragraph.class,
                spec -> spec.withClasses("kns-duplicate"));
        assertThat(warnings)
                .singleElement()
                .extracting(Paragraph::getText)
                .isEqualTo("Đã có Trần Văn Dũng (sinh năm 1971) ở Số 2C, xóm Đình.");
    }

    @Test
    void a_phone_number_already_registered_is_flagged() {
        fill("Số 3", "Lê Thị Ba", 1965, "0966 111 222");
        save();
        registerAnother();
        fill("Số 4", "Lê Văn Bốn", 1990, "+84966111222");
        save();
        assertThat(_get(Div.class, spec -> spec.withId("household-warnings"))
                        .getElement()
                        .getTextRecursively())
                .contains("Số điện thoại này đã có: Lê Thị Ba (sinh năm 1965) ở Số 3.");
    }

    @Test
    void a_phone_registered_in_another_ward_says_only_that_it_exists_elsewhere() {
        // Nguyễn Thị Thu Hương, Thôn Đông Sơn (Xã Tiên Du): not the test team member's area
        fill("Số 7", "Người Trùng Số", 1970, "0912 345 678");
        save();
        String shown = _get(Div.class, spec -> spec.withId("household-warnings"))
                .getElement()
                .getTextRecursively();
        assertThat(shown)
                .contains("Số điện thoại này đã được đăng ký ở nơi khác. Hãy hỏi UBND xã, phường, đặc khu.")
                .doesNotContain("Hương", "1958", "Đông Sơn", "Số 12");
    }

    @Test
    void phone_look_ups_are_limited_per_account() {
        String prober = "to.do.so." + System.nanoTime(); // a fresh count, not the shared team member's
        SystemRunner.runAsSystem(() -> accounts.create(new AccountService.NewAccount(
                prober,
                null,
                "Tổ Viên Dò Số",
                "mat-khau-kiem-thu",
                Set.of(Roles.TEAM_MEMBER),
                Set.of(area.hamlet()),
                null)));
        login(prober);
        var request = new HouseholdService.NewHousehold(
                area.hamlet(),
                "Số 8",
                List.of(new HouseholdService.NewMember("Người Dò Số", 1980, "0912345678")),
                false,
                Poverty.NONE);
        int allowed = 0;
        try {
            for (int i = 0; i < 200; i++) {
                households.duplicates(request);
                allowed++;
            }
        } catch (HouseholdException e) {
            assertThat(e.reason()).isEqualTo(HouseholdException.Reason.TOO_MANY_LOOKUPS);
        }
        assertThat(allowed).isLessThanOrEqualTo(60);
    }

    @Test
    void a_missing_name_is_explained_on_its_field_and_nothing_is_saved() {
        long before = householdsInTestHamlet();
        fill("Số 5", "", 1980, "");
        save();
        TextField name = _get(TextField.class, spec -> spec.withId("member-name-0"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Nhập họ và tên");
        assertThat(householdsInTestHamlet()).isEqualTo(before);
    }

    @Test
    void the_form_checks_the_limits_of_the_service_s_records_and_saves_nothing() {
        long before = householdsInTestHamlet();
        fill("x".repeat(NewHousehold.MAX_ADDRESS_LENGTH + 1), "Đ".repeat(NewMember.MAX_NAME_LENGTH + 1), 1980, "0123");
        save();
        TextField address = _get(TextField.class, spec -> spec.withId("household-address"));
        TextField name = _get(TextField.class, spec -> spec.withId("member-name-0"));
        TextField phone = _get(TextField.class, spec -> spec.withId("member-phone-0"));
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).isEqualTo("Dài quá 300 ký tự");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Dài quá 200 ký tự");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo("Số điện thoại chưa đúng (ví dụ: 0912 345 678)");
        assertThat(householdsInTestHamlet()).isEqualTo(before);
    }

    @Test
    void limits_are_explained_in_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("households/new");
        fill("x".repeat(NewHousehold.MAX_ADDRESS_LENGTH + 1), "", 1980, "");
        save();
        assertThat(_get(TextField.class, spec -> spec.withId("household-address"))
                        .getErrorMessage())
                .isEqualTo("Longer than 300 characters");
        assertThat(_get(TextField.class, spec -> spec.withId("member-name-0")).getErrorMessage())
                .isEqualTo("Enter the full name");
    }

    @Test
    void sensitive_flags_are_audited_and_seen_only_by_the_hamlets_team_and_admins() {
        fill("Số 6", "Đào Thị Sáu", 1940, "");
        _setValue(_get(Checkbox.class, spec -> spec.withId("consent-disability")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("household-disability")), true);
        @SuppressWarnings("unchecked")
        Select<Poverty> poverty = _get(Select.class, spec -> spec.withId("household-poverty"));
        _setValue(poverty, Poverty.POOR);
        save();
        Household saved = people.householdsIn(area.hamlet()).getLast();
        assertThat(households.priority(saved.getId()))
                .isEqualTo(new HouseholdService.Priority(true, true, Poverty.POOR));
        assertThat(jdbc.queryForList(
                        "select field from sensitive_change where household_id = ? order by field",
                        String.class,
                        saved.getId()))
                .containsExactly("disability", "poverty");

        login(TestArea.ADMIN); // the commune's admin
        households.setPriority(saved.getId(), true, Poverty.NEAR_POOR);
        assertThat(jdbc.queryForObject(
                        "select count(*) from sensitive_change where household_id = ?", Integer.class, saved.getId()))
                .isEqualTo(3);

        login("tocongnghe"); // a team member of other hamlets
        assertThatThrownBy(() -> households.priority(saved.getId())).isInstanceOf(AccessDeniedException.class);
        login("quantrixa"); // another commune's admin
        assertThatThrownBy(() -> households.setPriority(saved.getId(), false, Poverty.NONE))
                .isInstanceOf(AccessDeniedException.class);
        login("0912345678"); // a resident
        assertThatThrownBy(() -> households.priority(saved.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_registers_a_household_outside_their_area() {
        long demoHamlet = places.idsWithin(
                        List.of(places.provinces().stream()
                                .filter(p -> p.getName().equals("Tỉnh Bắc Ninh"))
                                .findFirst()
                                .orElseThrow()
                                .getId()),
                        PlaceLevel.HAMLET)
                .getFirst();
        assertThatThrownBy(() -> households.register(new HouseholdService.NewHousehold(
                        demoHamlet,
                        "Số 7",
                        List.of(new HouseholdService.NewMember("Ai Đó", 1980, null)),
                        false,
                        Poverty.NONE)))
                .isInstanceOfSatisfying(
                        HouseholdException.class,
                        e -> assertThat(e.reason()).isEqualTo(HouseholdException.Reason.OUTSIDE_AREA));
    }
}

package vn.kynangso.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.people.Consent;
import vn.kynangso.people.ConsentPurpose;
import vn.kynangso.people.ConsentService;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** Consent at the door and on the household's page, on a team member's phone. */
class ConsentViewTest extends KaribuTest {

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

    private TestArea.Ids area;

    @BeforeEach
    void teamMemberAtTheDoor() {
        area = TestArea.ensure(places, accounts);
        login(TestArea.TEAM_MEMBER);
    }

    private Checkbox checkbox(String id) {
        return _get(Checkbox.class, spec -> spec.withId(id));
    }

    @Test
    void the_disability_box_opens_only_once_the_household_agrees_and_says_why() {
        UI.getCurrent().navigate("households/new");
        Checkbox disability = checkbox("household-disability");
        assertThat(disability.isEnabled()).isFalse();
        assertThat(disability.getHelperText()).isEqualTo("Chỉ lưu khi hộ đồng ý ghi nhận thông tin khuyết tật.");

        _setValue(checkbox("consent-disability"), true);
        assertThat(disability.isEnabled()).isTrue();
        _setValue(disability, true);
        _setValue(checkbox("consent-disability"), false);
        assertThat(disability.isEnabled()).isFalse();
        assertThat(disability.getValue()).isFalse();
    }

    @Test
    void the_head_is_offered_as_who_agreed_and_the_consent_is_saved_with_the_household() {
        UI.getCurrent().navigate("households/new");
        _setValue(_get(TextField.class, spec -> spec.withId("household-address")), "Số 8, ngõ Thông Báo");
        _setValue(_get(TextField.class, spec -> spec.withId("member-name-0")), "Kha Thị Nghe");
        _setValue(_get(IntegerField.class, spec -> spec.withId("member-year-0")), 1948);
        assertThat(_get(TextField.class, spec -> spec.withId("consent-given-by"))
                        .getValue())
                .isEqualTo("Kha Thị Nghe");
        _setValue(checkbox("consent-learning"), true);
        _setValue(checkbox("consent-disability"), true);
        _setValue(checkbox("household-disability"), true);
        _click(_get(Button.class, spec -> spec.withId("household-save")));

        Household saved = people.householdsIn(area.hamlet()).getLast();
        assertThat(saved.getAddress()).isEqualTo("Số 8, ngõ Thông Báo");
        assertThat(households.priority(saved.getId()).disability()).isTrue();
        assertThat(consents.of(saved.getId()))
                .extracting(Consent::purpose, Consent::givenBy)
                .containsExactlyInAnyOrder(
                        tuple(ConsentPurpose.LEARNING, "Kha Thị Nghe"),
                        tuple(ConsentPurpose.DISABILITY, "Kha Thị Nghe"));
    }

    @Test
    void a_household_that_does_not_agree_to_learning_records_is_not_registered() {
        UI.getCurrent().navigate("households/new");
        long before = people.countHouseholds(List.of(area.hamlet()));
        _setValue(_get(TextField.class, spec -> spec.withId("household-address")), "Số 9, ngõ Thông Báo");
        _setValue(_get(TextField.class, spec -> spec.withId("member-name-0")), "Kha Văn Chối");
        _click(_get(Button.class, spec -> spec.withId("household-save")));

        Checkbox learning = checkbox("consent-learning");
        assertThat(learning.isInvalid()).isTrue();
        assertThat(learning.getErrorMessage()).startsWith("Hộ cần đồng ý lưu kết quả học tập");
        assertThat(people.countHouseholds(List.of(area.hamlet()))).isEqualTo(before);
    }

    @Test
    void the_notice_reads_in_vietnamese_and_switches_to_english_on_one_tap() {
        UI.getCurrent().navigate("households/new");
        _click(_get(Button.class, spec -> spec.withId("consent-read-notice")));
        Div text = _get(Div.class, spec -> spec.withId("consent-notice-text"));
        assertThat(_find(text, Paragraph.class)).hasSize(ConsentService.NOTICE_KEYS.size());
        assertThat(text.getElement().getTextRecursively()).contains("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15");
        _click(_get(Button.class, spec -> spec.withId("consent-notice-language")));
        assertThat(text.getElement().getTextRecursively()).contains("Personal Data Protection Law No. 91/2025/QH15");
        assertThat(_get(_get(Dialog.class, spec -> spec.withId("consent-notice")), H2.class)
                        .getText())
                .isEqualTo("About your household's personal data");
    }

    @Test
    void the_household_page_records_consent_withdraws_it_and_the_flag_follows() {
        Household household = households.register(new NewHousehold(
                area.hamlet(),
                "Số 10, ngõ Thông Báo",
                List.of(new NewMember("Kha Văn Sau", 1945, null)),
                false,
                Poverty.NONE));
        UI.getCurrent().navigate("households/" + household.getId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("consent-none")).getText())
                .startsWith("Chưa ghi nhận sự đồng ý");
        assertThat(checkbox("priority-disability").isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("consent-record")));
        _setValue(_get(TextField.class, spec -> spec.withId("consent-given-by")), "Kha Văn Sau");
        _setValue(checkbox("consent-disability"), true);
        _click(_get(Button.class, spec -> spec.withId("consent-save")));
        assertThat(checkbox("priority-disability").isEnabled()).isTrue();
        _setValue(checkbox("priority-disability"), true);
        _click(_get(Button.class, spec -> spec.withId("priority-save")));
        assertThat(households.priority(household.getId()).disability()).isTrue();

        long id = consents.of(household.getId()).getFirst().id();
        _click(_get(Button.class, spec -> spec.withId("consent-withdraw-" + id)));
        assertThat(households.priority(household.getId()).disability()).isFalse();
        assertThat(checkbox("priority-disability").isEnabled()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("consent-" + id))
                        .getElement()
                        .getTextRecursively())
                .contains("Đã rút lại");
    }
}

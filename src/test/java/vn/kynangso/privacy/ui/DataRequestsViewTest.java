package vn.kynangso.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.privacy.DataRequest.Kind;
import vn.kynangso.privacy.DataRequestService;
import vn.kynangso.privacy.Residents;
import vn.kynangso.security.AccountService;

/** The team files on a resident's behalf from the household page; the commune admin decides from the list. */
class DataRequestsViewTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    HouseholdService households;

    @Autowired
    DataRequestService requests;

    @Autowired
    JdbcTemplate jdbc;

    private Residents residents;

    @BeforeEach
    void aRegisteredHousehold() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
        residents = Residents.register(households, people, hamlet);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_team_member_asks_on_a_residents_behalf_from_the_household_page() {
        UI.getCurrent().navigate("households/" + residents.household());
        Anchor link = _get(Anchor.class, spec -> spec.withId("data-request-" + residents.other()));
        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-subject")).getText())
                .contains("Quyền Văn Con")
                .contains("Thôn Kiểm Thử");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("request-kind")), Kind.CORRECTION);
        _setValue(_get(TextField.class, spec -> spec.withId("request-reason")), "Sinh năm 1986, không phải 1985");
        _click(_get(Button.class, spec -> spec.withId("request-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("request-filed")).isVisible())
                .isTrue();

        login(TestArea.ADMIN);
        assertThat(requests.inMyArea(true)).anySatisfy(r -> {
            assertThat(r.personId()).isEqualTo(residents.other());
            assertThat(r.onBehalf()).isTrue();
        });
    }

    @Test
    void the_commune_admin_corrects_from_the_list_and_the_request_leaves_it() {
        long id = requests.fileFor(residents.other(), Kind.CORRECTION, "Sinh năm 1986");
        login(TestArea.ADMIN);
        UI.getCurrent().navigate("data-requests");
        Div card = _get(Div.class, spec -> spec.withId("data-request-" + id));
        assertThat(card.getElement().getTextRecursively())
                .contains("Sinh năm 1986")
                .contains("thay cho người này");
        _click(_get(Button.class, spec -> spec.withId("grant-" + id)));
        assertThat(_get(TextField.class, spec -> spec.withId("correct-name")).getValue())
                .startsWith("Quyền Văn Con");
        _setValue(_get(IntegerField.class, spec -> spec.withId("correct-birth-year")), 1986);
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

        assertThat(jdbc.queryForObject("SELECT birth_year FROM person WHERE id = ?", Integer.class, residents.other()))
                .isEqualTo(1986);
        assertThat(_find(Div.class, spec -> spec.withId("data-request-" + id))).isEmpty();
        _setValue(_get(Checkbox.class, spec -> spec.withId("data-requests-all")), true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("data-request-status-" + id))
                        .getText())
                .startsWith("Đã làm")
                .contains("Năm sinh: 1985 → 1986");
    }

    @Test
    void the_commune_admin_deletes_after_reading_what_it_means() {
        long id = requests.fileFor(residents.other(), Kind.DELETION, "Cháu không dùng nữa");
        login(TestArea.ADMIN);
        UI.getCurrent().navigate("data-requests");
        _click(_get(Button.class, spec -> spec.withId("grant-" + id)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("erase-explain")).getText())
                .contains("Người dùng đã xoá")
                .contains("Không thể hoàn tác");
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));

        assertThat(jdbc.queryForObject("SELECT full_name FROM person WHERE id = ?", String.class, residents.other()))
                .isEqualTo(PersonalDataService.ERASED_NAME);
    }

    @Test
    void a_refusal_without_a_reason_is_not_saved() {
        long id = requests.fileFor(residents.other(), Kind.DELETION, "Cháu không dùng nữa");
        login(TestArea.ADMIN);
        UI.getCurrent().navigate("data-requests");
        _click(_get(Button.class, spec -> spec.withId("refuse-" + id)));
        _click(_get(Button.class, spec -> spec.withId("decision-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("decision-error")).getText())
                .isEqualTo("Ghi lý do (không quá 1.000 ký tự)");
        assertThat(jdbc.queryForObject("SELECT status FROM data_request WHERE id = ?", String.class, id))
                .isEqualTo("OPEN");
    }
}

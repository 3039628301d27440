package vn.kynangso.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.PlaceService;
import vn.kynangso.privacy.DataRequest;
import vn.kynangso.privacy.DataRequestService;
import vn.kynangso.privacy.MyDataService;
import vn.kynangso.privacy.Residents;
import vn.kynangso.security.AccountService;

/** "My data" on a resident's phone: everything held, the file, withdrawing consent, asking for deletion. */
class MyDataViewTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    HouseholdService households;

    @Autowired
    MyDataService myData;

    @Autowired
    DataRequestService requests;

    private Residents residents;

    @BeforeEach
    void aHouseholdWhoseFlagsTheTeamHasSeen() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
        residents = Residents.register(households, people, hamlet);
        households.details(residents.household()); // the team member opens the household
    }

    private String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void my_data_shows_what_is_held_about_me_and_who_saw_my_households_flags() {
        login(residents.login());
        UI.getCurrent().navigate("my-data");

        assertThat(text("my-data-account")).contains(residents.login()).contains("Người dân");
        assertThat(text("my-data-profile"))
                .contains(residents.headName())
                .contains("1955")
                .contains("Thôn Kiểm Thử");
        assertThat(text("my-data-household")).contains("ngõ Quyền Riêng Tư").contains("Quyền Văn Con");
        assertThat(text("my-data-priority")).contains("Có người khuyết tật").contains("Hộ cận nghèo");
        assertThat(text("my-data-consents"))
                .contains("Đồng ý ghi nhận hộ có người khuyết tật")
                .contains("Tổ Viên Kiểm Thử");
        assertThat(text("my-data-flag-log"))
                .contains("Xem trên trang của hộ")
                .contains("Sửa thông tin khuyết tật")
                .contains("Tổ Viên Kiểm Thử");
        assertThat(_get(Anchor.class, spec -> spec.withId("my-data-download"))
                        .getElement()
                        .hasAttribute("download"))
                .isTrue();
    }

    @Test
    void the_download_is_a_readable_file_of_the_same_data_in_my_language() throws Exception {
        login(residents.login());
        byte[] file = myData.export(TranslationProvider.VIETNAMESE);

        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).contains(residents.headName()).contains("\n  "); // indented, diacritics as they are
        JsonNode json = JsonMapper.builder().build().readTree(file);
        assertThat(json.get("Hồ sơ").get(0).get("Họ và tên").asString()).isEqualTo(residents.headName());
        assertThat(json.get("Sự đồng ý của hộ")).hasSize(2);
        assertThat(json.get("Ai đã xem, sửa thông tin khuyết tật, hộ nghèo của hộ")
                        .get(0)
                        .get("Người")
                        .asString())
                .isEqualTo("Tổ Viên Kiểm Thử");
        assertThat(json.get("Về tệp này").asString()).contains(residents.headName());

        JsonNode english = JsonMapper.builder().build().readTree(myData.export(TranslationProvider.ENGLISH));
        assertThat(english.get("Profile").get(0).get("Full name").asString()).isEqualTo(residents.headName());
    }

    @Test
    void a_resident_withdraws_consent_to_disability_data_from_my_data() {
        login(residents.login());
        UI.getCurrent().navigate("my-data");
        _click(_get(Button.class, spec -> spec.withId("my-data-withdraw-disability")));

        assertThat(text("my-data-priority")).contains("Có người khuyết tật").contains("Không");
        assertThat(_find(Button.class, spec -> spec.withId("my-data-withdraw-disability")))
                .isEmpty();
        login(TestArea.TEAM_MEMBER);
        assertThat(households.priority(residents.household()).disability()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_resident_asks_for_deletion_and_sees_where_it_stands() {
        login(residents.login());
        UI.getCurrent().navigate("my-data");
        RadioButtonGroup<DataRequest.Kind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("request-kind"));
        _setValue(kind, DataRequest.Kind.DELETION);
        _setValue(_get(TextField.class, spec -> spec.withId("request-reason")), "Tôi chuyển đi nơi khác");
        _click(_get(Button.class, spec -> spec.withId("request-send")));
        assertThat(text("my-data-requests")).contains("Xoá").contains("Đang chờ trả lời");

        long id = requests.mine().getFirst().id();
        login(TestArea.ADMIN);
        requests.refuse(id, "Hẹn gặp tổ để làm thủ tục chuyển đi");
        login(residents.login());
        UI.getCurrent().navigate("my-data");
        assertThat(text("my-data-requests")).contains("Từ chối").contains("Hẹn gặp tổ để làm thủ tục chuyển đi");
    }

    @Test
    void staff_without_a_learner_record_see_their_account_and_no_request_form() {
        login("quantrixa");
        UI.getCurrent().navigate("my-data");
        assertThat(text("my-data-account")).contains("quantrixa").contains("Quản trị cấp xã");
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-data-no-person"))
                        .getText())
                .startsWith("Tài khoản này không gắn với hồ sơ người học");
        assertThat(_find(Div.class, spec -> spec.withId("request-form"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("my-data-profile"))).isEmpty();
    }

    @Test
    void every_learner_role_and_staff_role_has_my_data_in_the_menu() {
        for (String login : List.of("0912345678", "hocsinh", "canbo", "giaovien", "giangvien", "quantritinh")) {
            login(login);
            UI.getCurrent().navigate("my-data");
            assertThat(_find(Div.class, spec -> spec.withId("my-data-account")))
                    .as(login)
                    .hasSize(1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void while_a_team_member_helps_my_data_is_the_residents_without_the_file_and_requests_are_on_their_behalf() {
        UI.getCurrent().navigate("households/" + residents.household());
        _click(_get(Button.class, spec -> spec.withId("help-" + residents.head())));
        UI.getCurrent().navigate("my-data");

        assertThat(text("my-data-profile")).contains(residents.headName());
        assertThat(_find(Anchor.class, spec -> spec.withId("my-data-download"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-data-download-helped"))
                        .getText())
                .contains("Tự đăng nhập trên điện thoại của mình");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("request-kind")), DataRequest.Kind.CORRECTION);
        _setValue(_get(TextField.class, spec -> spec.withId("request-reason")), "Bà nhờ sửa năm sinh thành 1954");
        _click(_get(Button.class, spec -> spec.withId("request-send")));

        login(TestArea.ADMIN);
        assertThat(requests.inMyArea(true))
                .filteredOn(r -> r.personId() == residents.head())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.onBehalf()).isTrue();
                    assertThat(r.filedBy()).isEqualTo("Tổ Viên Kiểm Thử");
                });
    }
}

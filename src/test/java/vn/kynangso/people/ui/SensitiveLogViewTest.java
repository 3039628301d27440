package vn.kynangso.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.NotFoundView;
import vn.kynangso.people.FlagAccess;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

/** The commune admin's log of who saw or changed the sensitive flags of the households in the commune. */
class SensitiveLogViewTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    HouseholdService households;

    @SuppressWarnings("unchecked")
    private List<FlagAccess> shown() {
        Grid<FlagAccess> grid = _get(Grid.class, spec -> spec.withId("sensitive-log"));
        return grid.getListDataView().getItems().toList();
    }

    @Test
    void the_commune_admin_sees_who_read_and_changed_flags_with_a_date_filter() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
        long household = households
                .register(new NewHousehold(
                        hamlet,
                        "Số 1, ngõ Ai Xem",
                        List.of(new NewMember("Ninh Văn Lộ", 1990, null)),
                        false,
                        Poverty.POOR))
                .getId();
        UI.getCurrent().navigate("households/" + household);

        login(TestArea.ADMIN);
        UI.getCurrent().navigate("sensitive-log");
        SensitiveLogView view = _get(SensitiveLogView.class);
        List<String> lines = shown().stream()
                .filter(a -> a.householdId() == household)
                .map(view::what)
                .toList();
        assertThat(lines)
                .containsExactly(
                        "Tổ Viên Kiểm Thử xem (trang của hộ)", "Tổ Viên Kiểm Thử sửa hộ nghèo: Không → Hộ nghèo");
        assertThat(_get(Paragraph.class, spec -> spec.withId("sensitive-log-count"))
                        .getText())
                .endsWith("lượt trong khoảng này");

        _setValue(
                _get(DatePicker.class, spec -> spec.withId("sensitive-log-to")),
                clock.today().minusDays(1));
        assertThat(shown()).noneMatch(a -> a.householdId() == household);
    }

    @Test
    void team_members_and_residents_cannot_open_the_log() {
        for (String login : List.of("tocongnghe", "0912345678")) {
            login(login);
            UI.getCurrent().navigate("sensitive-log");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                    .singleElement()
                    .isInstanceOf(NotFoundView.class);
        }
    }
}

package vn.kynangso.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.CardList;
import vn.kynangso.people.ConsentPurpose;
import vn.kynangso.people.ConsentService.NewConsent;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;

class WorkListTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    HouseholdService households;

    @Autowired
    WorkListService workList;

    @Test
    @SuppressWarnings("unchecked")
    void vulnerable_households_come_first_with_what_each_member_lacks() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
        String plain = "Số 10, ngõ Ưu Tiên " + System.nanoTime();
        String poor = "Số 11, ngõ Ưu Tiên " + System.nanoTime();
        String disabled = "Số 12, ngõ Ưu Tiên " + System.nanoTime();
        households.register(new NewHousehold(
                hamlet, plain, List.of(new NewMember("Phí Văn Thường", 1985, null)), false, Poverty.NONE));
        households.register(new NewHousehold(
                hamlet, poor, List.of(new NewMember("Phí Thị Nghèo", 1980, null)), false, Poverty.POOR));
        households.register(new NewHousehold(
                hamlet,
                disabled,
                List.of(new NewMember("Phí Văn Tật", 1990, null)),
                true,
                Poverty.NONE,
                new NewConsent("Phí Văn Tật", Set.of(ConsentPurpose.LEARNING, ConsentPurpose.DISABILITY))));

        List<String> order =
                workList.myWorkList().stream().map(WorkItem::address).toList();
        assertThat(order.indexOf(disabled)).isLessThan(order.indexOf(poor));
        assertThat(order.indexOf(poor)).isLessThan(order.indexOf(plain));
        WorkItem first = workList.myWorkList().stream()
                .filter(i -> i.address().equals(disabled))
                .findFirst()
                .orElseThrow();
        assertThat(first.members())
                .singleElement()
                .satisfies(m -> assertThat(m.lacking()).hasSize(5));

        UI.getCurrent().navigate("worklist");
        CardList<WorkItem> grid = _get(CardList.class, spec -> spec.withId("worklist"));
        assertThat(grid.items()).extracting(WorkItem::address).isEqualTo(order);
        assertThat(grid.linkOf(0))
                .isEqualTo("households/" + grid.items().getFirst().householdId());
    }

    @Test
    void only_team_members_have_a_work_list_and_only_of_their_hamlets() {
        login("tocongnghe"); // demo hamlets: none of the tests' households
        assertThat(workList.myWorkList()).noneMatch(i -> i.hamlet().equals("Thôn Kiểm Thử"));
        login("quantrixa");
        assertThatThrownBy(() -> workList.myWorkList()).isInstanceOf(AccessDeniedException.class);
    }
}

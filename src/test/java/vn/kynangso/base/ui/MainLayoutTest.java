package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;

class MainLayoutTest extends KaribuTest {

    private List<String> menuIds() {
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream()
                .map(item -> item.getId().orElseThrow())
                .toList();
    }

    @Test
    void a_resident_sees_only_their_own_pages() {
        login("0912345678");
        UI.getCurrent().navigate("home");
        assertThat(menuIds())
                .containsExactly(
                        "menu-home",
                        "menu-learn",
                        "menu-progress",
                        "menu-certificates",
                        "menu-my-data",
                        "menu-profile");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-name")).getText())
                .isEqualTo("Nguyễn Thị Thu Hương");
    }

    @Test
    void a_team_member_also_sees_their_area() {
        login("tocongnghe");
        UI.getCurrent().navigate("home");
        assertThat(menuIds())
                .containsExactly(
                        "menu-home",
                        "menu-area",
                        "menu-coverage",
                        "menu-households-new",
                        "menu-worklist",
                        "menu-campaigns",
                        "menu-my-data",
                        "menu-profile");
    }

    @Test
    void commune_and_province_admins_see_their_area() {
        login("quantrixa");
        UI.getCurrent().navigate("home");
        assertThat(menuIds()).contains("menu-area");
    }

    @Test
    void menu_titles_are_translated() {
        login("tocongnghe");
        UI.getCurrent().navigate("home");
        List<String> labels =
                _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels)
                .containsExactly(
                        "Trang của tôi",
                        "Địa bàn",
                        "Độ phủ kỹ năng số",
                        "Đăng ký hộ",
                        "Hộ cần hỗ trợ",
                        "Chiến dịch",
                        "Dữ liệu của tôi",
                        "Tài khoản");
    }

    @Test
    void a_resident_cannot_open_the_area_page_by_its_address() {
        login("0912345678");
        UI.getCurrent().navigate("area");
        // refused as if the page did not exist, so its existence is not revealed either
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .singleElement()
                .isInstanceOf(NotFoundView.class);
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void a_visitor_is_sent_to_sign_in_for_any_private_page() {
        UI.getCurrent().navigate("home");
        // the browser is sent to the sign-in page; nothing of the private page is built
        assertThat(_find(H1.class, spec -> spec.withId("home-greeting"))).isEmpty();
        assertThat(_find(SideNav.class)).isEmpty();
    }
}

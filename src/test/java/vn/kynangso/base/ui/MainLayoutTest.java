package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
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

    /** The browser details a phone at 360×640 sends as the page starts (as Chromium sends them). */
    private static void phone360x640() {
        Map<String, String> sent = Map.ofEntries(
                Map.entry("v-sw", "360"),
                Map.entry("v-sh", "640"),
                Map.entry("v-ww", "360"),
                Map.entry("v-wh", "640"),
                Map.entry("v-bw", "360"),
                Map.entry("v-bh", "640"),
                Map.entry("v-curdate", "1796134390073"),
                Map.entry("v-tzo", "-420"),
                Map.entry("v-rtzo", "-420"),
                Map.entry("v-dstd", "0"),
                Map.entry("v-dston", "false"),
                Map.entry("v-tzid", "Asia/Ho_Chi_Minh"),
                Map.entry("v-wn", "v-1"),
                Map.entry("v-td", "true"),
                Map.entry("v-pr", "2"),
                Map.entry("v-np", "Linux armv8l"),
                Map.entry("v-cs", "light"));
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), sent::get);
    }

    @Test
    void on_a_phone_the_menu_is_built_when_the_drawer_opens_and_dropped_when_it_closes() {
        login("0912345678");
        phone360x640();
        UI.getCurrent().navigate("home");
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.isDrawerOpened()).isFalse();
        assertThat(_find(SideNav.class)).as("nothing in the closed drawer").isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("current-user-name"))).isEmpty();

        layout.setDrawerOpened(true); // the menu button
        assertThat(menuIds()).startsWith("menu-home", "menu-learn");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-name")).getText())
                .isEqualTo("Nguyễn Thị Thu Hương");
        assertThat(_find(Button.class, spec -> spec.withId("logout"))).hasSize(1);

        layout.setDrawerOpened(false);
        assertThat(_find(SideNav.class)).isEmpty();
        UI.getCurrent().navigate("learn");
        _get(MainLayout.class).setDrawerOpened(true);
        assertThat(menuIds()).as("built again, once").hasSize(6);
    }

    @Test
    void on_a_wide_screen_the_menu_is_there_from_the_start() {
        login("0912345678");
        UI.getCurrent().navigate("home");
        assertThat(menuIds()).hasSize(6);
        _get(MainLayout.class).setDrawerOpened(false);
        assertThat(menuIds()).as("closing the drawer keeps it").hasSize(6);
    }
}

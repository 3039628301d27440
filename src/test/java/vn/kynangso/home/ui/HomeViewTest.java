package vn.kynangso.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;

class HomeViewTest extends KaribuTest {

    private boolean hasCard(String id) {
        return !_find(Section.class, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void a_resident_is_greeted_by_name_and_pointed_at_the_five_skills() {
        login("0912345678");
        UI.getCurrent().navigate("home");
        assertThat(_get(H1.class, spec -> spec.withId("home-greeting")).getText())
                .isEqualTo("Xin chào, Nguyễn Thị Thu Hương");
        assertThat(hasCard("home-skills")).isTrue();
        assertThat(_find(_get(Section.class, spec -> spec.withId("home-skills")), ListItem.class))
                .hasSize(5);
        assertThat(hasCard("home-area")).isFalse();
        assertThat(hasCard("home-team")).isFalse();
    }

    @Test
    void an_official_sees_this_years_mandatory_courses() {
        login("canbo");
        UI.getCurrent().navigate("home");
        assertThat(hasCard("home-official")).isTrue();
        assertThat(hasCard("home-skills")).isFalse();
    }

    @Test
    void an_officials_card_names_the_year_of_the_apps_clock() {
        clock.set(LocalDateTime.of(2027, 1, 2, 9, 0));
        login("canbo");
        UI.getCurrent().navigate("home");
        assertThat(_get(H2.class, spec -> spec.withId("home-official-title")).getText())
                .isEqualTo("Khoá học bắt buộc năm 2027");
    }

    @Test
    void a_team_member_sees_their_hamlets_with_registrations() {
        login("tocongnghe");
        UI.getCurrent().navigate("home");
        var hamlets =
                _find(_get(UnorderedList.class, spec -> spec.withId("home-team-hamlets")), ListItem.class).stream()
                        .map(ListItem::getText)
                        .toList();
        assertThat(hamlets) // in Vietnamese alphabetical order: Đ comes before L
                .containsExactly("Thôn Đông Sơn: 3 hộ, 7 người", "Thôn Lũng Giang: 2 hộ, 4 người");
    }

    @Test
    void a_commune_admin_sees_figures_for_their_commune_only() {
        login("quantrixa");
        UI.getCurrent().navigate("home");
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-area-figures"))
                        .getText())
                .isEqualTo("Xã Tiên Du: 1 xã/phường, 3 thôn/tổ dân phố, 6 hộ gia đình, 13 người.");
    }

    @Test
    void a_province_admin_sees_the_whole_province() {
        login("quantritinh");
        UI.getCurrent().navigate("home");
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-area-figures"))
                        .getText())
                .isEqualTo("Tỉnh Bắc Ninh: 2 xã/phường, 5 thôn/tổ dân phố, 8 hộ gia đình, 18 người.");
    }

    @Test
    void every_demo_role_gets_a_home_with_at_least_one_card() {
        for (String login : new String[] {
            "0912345678", "hocsinh", "giaovien", "canbo", "tocongnghe", "giangvien", "quantrixa", "quantritinh"
        }) {
            login(login);
            UI.getCurrent().navigate("home");
            assertThat(_find(Section.class)).as(login).isNotEmpty();
        }
    }
}

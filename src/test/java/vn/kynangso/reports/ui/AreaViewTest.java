package vn.kynangso.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;
import vn.kynangso.reports.AreaService.HamletFigures;

class AreaViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_team_member_sees_only_their_hamlets() {
        login("tocongnghe");
        UI.getCurrent().navigate("area");
        Grid<HamletFigures> grid = _get(Grid.class, spec -> spec.withId("area-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0)).isEqualTo(new HamletFigures("Thôn Đông Sơn", "Xã Tiên Du", 3, 7));
        assertThat(GridKt._get(grid, 1)).isEqualTo(new HamletFigures("Thôn Lũng Giang", "Xã Tiên Du", 2, 4));
    }

    @Test
    void a_province_admin_sees_every_hamlet_of_the_province() {
        login("quantritinh");
        UI.getCurrent().navigate("area");
        assertThat(_get(Paragraph.class, spec -> spec.withId("area-total")).getText())
                .isEqualTo("5 thôn/tổ dân phố · 8 hộ · 18 người đã đăng ký");
    }
}

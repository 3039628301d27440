package vn.kynangso.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;

class ContentViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_trainer_sees_the_published_courses_and_publishes_again() {
        login("giangvien");
        UI.getCurrent().navigate("content");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("content-courses"))))
                .isEqualTo(8);
        _click(_get(Button.class, spec -> spec.withId("content-publish")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("content-summary")).getText())
                .isEqualTo("Lần xuất bản gần nhất: 0 khoá học mới hoặc phiên bản mới, 8 không đổi, 0 ngừng, 0 lỗi.");
    }

    @Test
    void a_resident_cannot_open_it() {
        login("0912345678");
        UI.getCurrent().navigate("content");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isNotInstanceOf(ContentView.class);
    }
}

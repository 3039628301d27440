package vn.kynangso.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.ui.CardList;
import vn.kynangso.reports.AreaService.HamletFigures;

class AreaViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_team_member_sees_only_their_hamlets() {
        login("tocongnghe");
        UI.getCurrent().navigate("area");
        CardList<HamletFigures> grid = _get(CardList.class, spec -> spec.withId("area-grid"));
        assertThat(grid.items())
                .extracting(
                        HamletFigures::hamlet, HamletFigures::commune, HamletFigures::households, HamletFigures::people)
                .containsExactly(
                        tuple("Thôn Đông Sơn", "Xã Tiên Du", 3L, 7L), tuple("Thôn Lũng Giang", "Xã Tiên Du", 2L, 4L));
    }

    @Test
    void a_province_admin_sees_every_hamlet_of_the_province() {
        login("quantritinh");
        UI.getCurrent().navigate("area");
        assertThat(_get(Paragraph.class, spec -> spec.withId("area-total")).getText())
                .isEqualTo("5 thôn/tổ dân phố · 8 hộ · 18 người đã đăng ký");
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_hamlet_is_a_card_that_opens_its_coverage_and_households() {
        login("tocongnghe");
        UI.getCurrent().navigate("area");
        CardList<HamletFigures> cards = _get(CardList.class, spec -> spec.withId("area-grid"));
        assertThat(cards.cards()).hasSize(2);
        Anchor first = _get(cards.cards().getFirst(), Anchor.class);
        assertThat(first.getHref())
                .isEqualTo("coverage/" + cards.items().getFirst().hamletId());
        assertThat(first.getElement().getTextRecursively()).contains("Thôn Đông Sơn", "3 hộ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_long_list_shows_a_page_of_cards_and_more_on_request() {
        CardList<Integer> list = new CardList<>("numbers", n -> new CardList.Card("Số " + n), null, 50);
        list.setItems(java.util.stream.IntStream.range(0, 120).boxed().toList());
        assertThat(list.cards()).hasSize(50);
        Button more = _get(list, Button.class, spec -> spec.withId("numbers-more"));
        assertThat(more.getText()).isEqualTo("Xem thêm 50 (còn 70)");
        _click(more);
        _click(more);
        assertThat(list.cards()).hasSize(120);
        assertThat(more.isVisible()).isFalse();
    }
}

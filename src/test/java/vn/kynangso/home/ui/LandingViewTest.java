package vn.kynangso.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;

class LandingViewTest extends KaribuTest {

    @Test
    void a_visitor_sees_the_five_skills_and_the_way_in() {
        UI.getCurrent().navigate("");
        assertThat(_find(ListItem.class)).hasSize(5);
        _click(_get(Button.class, spec -> spec.withId("landing-sign-in")));
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void a_signed_in_person_goes_straight_home() {
        login("hocsinh");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("home");
    }
}

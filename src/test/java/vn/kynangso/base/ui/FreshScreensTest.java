package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;

/** A screen opened again while on show is shown anew; one that rebuilds itself keeps its instance. */
class FreshScreensTest extends KaribuTest {

    @Test
    void a_screen_opened_again_is_a_new_one_with_nothing_left_from_before() {
        login("quantrixa");
        UI.getCurrent().navigate("profile");
        HasElement first = shown();
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), "nửa chừng");

        UI.getCurrent().navigate("profile"); // its menu entry, tapped again
        MockVaadin.clientRoundtrip(false); // made anew before the response goes out

        assertThat(shown()).isNotSameAs(first).isInstanceOf(first.getClass());
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-current"))
                        .getValue())
                .isEmpty();
    }

    @Test
    void a_screen_that_rebuilds_on_entering_keeps_its_instance() {
        login("quantrixa");
        UI.getCurrent().navigate("profile");
        UI.getCurrent().navigate("home");
        HasElement home = shown();
        assertThat(FreshScreens.rebuildsItself(home)).isFalse();
        UI.getCurrent().navigate("profile");
        assertThat(shown()).as("another screen between: a new one anyway").isNotSameAs(home);
    }

    private static HasElement shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }
}

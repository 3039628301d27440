package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.kynangso.KaribuTest;
import vn.kynangso.base.i18n.TranslationProvider;

/** An idle or ended session: the open screen goes to the sign-in page, which says why. */
class SessionMessagesTest extends KaribuTest {

    @Value("${vaadin.closeIdleSessions:false}")
    boolean closeIdleSessions;

    @Value("${server.servlet.session.timeout}")
    String timeout;

    @Test
    void an_open_tab_does_not_keep_a_session_alive() {
        assertThat(closeIdleSessions).as("heartbeats do not count as use").isTrue();
        assertThat(timeout).isEqualTo("30m");
    }

    @Test
    void an_ended_session_goes_straight_to_the_sign_in_page_with_its_reason() {
        var messages = VaadinService.getCurrent()
                .getSystemMessages(TranslationProvider.VIETNAMESE, VaadinService.getCurrentRequest());
        assertThat(messages.getSessionExpiredURL()).isEqualTo("/login?expired");
        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Bạn đã được đăng xuất", "lâu không dùng (30 phút)");
    }
}

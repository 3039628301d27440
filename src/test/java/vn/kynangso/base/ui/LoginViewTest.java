package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import vn.kynangso.KaribuTest;

class LoginViewTest extends KaribuTest {

    @Test
    void login_form_asks_for_phone_or_username_in_vietnamese() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(i18n(form)).contains("\"username\":\"Số điện thoại hoặc tên đăng nhập\"");
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Số điện thoại, tên đăng nhập hoặc mật khẩu chưa đúng");
    }

    @Test
    void a_throttled_sign_in_says_how_long_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "7"));
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Tạm khoá đăng nhập").contains("thử lại sau 7 phút");
    }

    @Test
    void a_sign_in_not_checked_because_many_sign_in_at_once_says_so() {
        UI.getCurrent().navigate("login", QueryParameters.of("busy", ""));
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains("Nhiều người đang đăng nhập")
                .contains("Tài khoản của bạn vẫn bình thường")
                .doesNotContain("chưa đúng");
    }

    @Test
    void a_signed_in_person_is_sent_home() {
        login("quantrixa");
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("home");
    }

    /** The texts the browser receives: LoginForm sends its i18n as one JSON property. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}

package vn.kynangso.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

class ProfileViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private PasswordField field(String id) {
        return _get(PasswordField.class, spec -> spec.withId(id));
    }

    private void change(String current, String fresh, String repeat) {
        _setValue(field("password-current"), current);
        _setValue(field("password-new"), fresh);
        _setValue(field("password-repeat"), repeat);
        _click(_get(Button.class, spec -> spec.withId("password-save")));
    }

    @Test
    void shows_who_i_am() {
        login("quantrixa");
        UI.getCurrent().navigate("profile");
        assertThat(_get(Span.class, spec -> spec.withId("profile-name")).getText())
                .isEqualTo("Hoàng Văn Nam");
        assertThat(_get(Span.class, spec -> spec.withId("profile-roles")).getText())
                .isEqualTo("Quản trị cấp xã");
    }

    @Test
    void changing_password_explains_each_refusal_then_succeeds() {
        SystemRunner.runAsSystem(() -> accounts.create(new AccountService.NewAccount(
                null, "0911222333", "Mai Văn Tư", "mat-khau-cu", Set.of(Roles.RESIDENT), Set.of(), null)));
        login("0911222333");
        UI.getCurrent().navigate("profile");

        change("mat-khau-cu", "mat-khau-moi", "mat-khau-khac");
        assertThat(field("password-repeat").isInvalid()).isTrue();
        assertThat(field("password-repeat").getErrorMessage()).isEqualTo("Hai lần nhập mật khẩu mới chưa giống nhau");

        change("sai-roi", "mat-khau-moi", "mat-khau-moi");
        assertThat(field("password-current").isInvalid()).isTrue();
        assertThat(field("password-current").getErrorMessage()).isEqualTo("Mật khẩu hiện tại chưa đúng");

        change("mat-khau-cu", "ngan", "ngan");
        assertThat(field("password-new").getErrorMessage()).isEqualTo("Mật khẩu cần ít nhất 8 ký tự");

        change("mat-khau-cu", "mat-khau-moi", "mat-khau-moi");
        expectNotifications("Đã đổi mật khẩu");
        assertThat(field("password-current").getValue()).isEmpty();
    }
}

package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.kynangso.KaribuTest;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.AccountService.Preferences;

class AccountServiceTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    private Account newResident(String phone) {
        return SystemRunner.runAsSystem(() -> accounts.create(
                new NewAccount(null, phone, "Trần Thị Bé", "mat-khau-cu", Set.of(Roles.RESIDENT), Set.of(), null)));
    }

    @Test
    void passwords_are_stored_as_adaptive_hashes_never_as_typed() {
        Account account = newResident("0911000001");
        String stored = repository.findById(account.getId()).orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("mat-khau-cu");
        assertThat(encoder.matches("mat-khau-cu", stored)).isTrue();
    }

    @Test
    void phone_is_stored_in_national_form_and_cannot_be_used_twice() {
        Account account = newResident("+84 911 000 002");
        assertThat(account.getPhone()).isEqualTo("0911000002");
        assertThatThrownBy(() -> newResident("0911.000.002"))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).reason())
                .isEqualTo(AccountException.Reason.LOGIN_TAKEN);
    }

    @Test
    void a_resident_cannot_create_accounts() {
        login("0912345678");
        assertThatThrownBy(() -> accounts.create(
                        new NewAccount("sneaky", null, "X", "password1", Set.of(Roles.PROVINCE_ADMIN), Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changing_my_password_checks_the_current_one_and_the_length() {
        newResident("0911000003");
        login("0911000003");
        assertThatThrownBy(() -> accounts.changeMyPassword("wrong", "mat-khau-moi"))
                .extracting(e -> ((AccountException) e).reason())
                .isEqualTo(AccountException.Reason.WRONG_PASSWORD);
        assertThatThrownBy(() -> accounts.changeMyPassword("mat-khau-cu", "ngan"))
                .extracting(e -> ((AccountException) e).reason())
                .isEqualTo(AccountException.Reason.TOO_SHORT);
        assertThatThrownBy(() -> accounts.changeMyPassword("mat-khau-cu", "mat-khau-cu"))
                .extracting(e -> ((AccountException) e).reason())
                .isEqualTo(AccountException.Reason.SAME_AS_OLD);

        accounts.changeMyPassword("mat-khau-cu", "mat-khau-moi");

        String stored = repository.findByPhone("0911000003").orElseThrow().getPasswordHash();
        assertThat(encoder.matches("mat-khau-moi", stored)).isTrue();
    }

    @Test
    void preferences_are_remembered_on_the_account() {
        newResident("0911000004");
        login("0911000004");
        assertThat(accounts.myPreferences()).contains(new Preferences(Locale.forLanguageTag("vi"), false));
        accounts.saveMyPreferences(new Preferences(Locale.ENGLISH, true));
        assertThat(accounts.myPreferences()).contains(new Preferences(Locale.ENGLISH, true));
    }

    @Test
    void a_visitor_has_no_stored_preferences() {
        assertThat(accounts.myPreferences()).isEmpty();
    }
}

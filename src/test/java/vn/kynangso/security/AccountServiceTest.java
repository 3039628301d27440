package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService.NewAccount;
import vn.kynangso.security.AccountService.Preferences;

class AccountServiceTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PlaceService places;

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

    @Test
    void the_most_common_passwords_and_the_login_itself_are_refused() {
        newResident("0911000005");
        login("0911000005");
        for (String common : new String[] {
            "12345678", "password1", "iloveyou", "matkhau123", "Mật Khẩu 123", "anhyeuem", "88888888", "0911000005"
        }) {
            assertThatThrownBy(() -> accounts.changeMyPassword("mat-khau-cu", common))
                    .as(common)
                    .extracting(e -> ((AccountException) e).reason())
                    .isEqualTo(AccountException.Reason.TOO_COMMON);
        }
        accounts.changeMyPassword("mat-khau-cu", "gà gáy sáng sớm");
    }

    @Test
    void a_password_over_72_bytes_gets_a_clear_refusal_not_an_internal_error() {
        newResident("0911000006");
        login("0911000006");
        String vietnamese = "ệ".repeat(25); // 25 letters, 75 bytes
        assertThat(vietnamese.getBytes(StandardCharsets.UTF_8)).hasSize(75);
        assertThatThrownBy(() -> accounts.changeMyPassword("mat-khau-cu", vietnamese))
                .extracting(e -> ((AccountException) e).reason())
                .isEqualTo(AccountException.Reason.TOO_LONG);
        accounts.changeMyPassword("mat-khau-cu", "ệ".repeat(23) + "abc"); // 72 bytes: accepted
    }

    @Test
    void an_admin_grants_only_roles_and_areas_at_or_below_their_own() {
        TestArea.Ids area = TestArea.ensure(places, accounts);
        login(TestArea.ADMIN); // commune admin of the test commune
        assertThatThrownBy(() -> accounts.create(new NewAccount(
                        "len.tinh." + System.nanoTime(),
                        null,
                        "X",
                        "mat-khau-kiem-thu",
                        Set.of(Roles.PROVINCE_ADMIN),
                        Set.of(area.commune()),
                        null)))
                .extracting(e -> ((AccountException) e).reason())
                .isEqualTo(AccountException.Reason.GRANT_ABOVE_OWN);
        assertThatThrownBy(() -> accounts.create(new NewAccount(
                        "ra.ngoai." + System.nanoTime(),
                        null,
                        "X",
                        "mat-khau-kiem-thu",
                        Set.of(Roles.TEAM_MEMBER),
                        Set.of(area.province()), // above the commune
                        null)))
                .extracting(e -> ((AccountException) e).reason())
                .isEqualTo(AccountException.Reason.GRANT_ABOVE_OWN);
        Account member = accounts.create(new NewAccount(
                "to.vien." + System.nanoTime(),
                null,
                "Tổ Viên Mới",
                "mat-khau-kiem-thu",
                Set.of(Roles.TEAM_MEMBER),
                Set.of(area.hamlet()),
                null));
        assertThat(member.getRoles()).containsExactly(Roles.TEAM_MEMBER);
    }
}

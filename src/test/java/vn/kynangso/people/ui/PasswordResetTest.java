package vn.kynangso.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.MainLayout;
import vn.kynangso.classes.ClassDetails;
import vn.kynangso.classes.ClassEnrolment;
import vn.kynangso.classes.ClassService;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.LoginCard;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountException;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SignedInUser;
import vn.kynangso.security.SystemRunner;

/**
 * A resident who forgot the password: the team (or admin) of their area sets a new one on a new
 * card, which voids the old password, the old cards and the resident's sessions, and is recorded;
 * nobody else can, and no staff account is ever reset this way. After signing in with a card's QR
 * code, a resident whose password is still the card's chooses their own, or goes on by card.
 */
class PasswordResetTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    PeopleService people;

    @Autowired
    HouseholdService households;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    private Household household;
    private Person resident;

    @BeforeEach
    void aResidentWithACard() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        login(TestArea.TEAM_MEMBER);
        household = households.register(new NewHousehold(
                hamlet, "Số 9, ngõ Quên", List.of(new NewMember("Lò Thị Quên", 1952, null)), false, Poverty.NONE));
        resident = people.members(household.getId()).getFirst();
    }

    private static String token(LoginCard card) {
        return card.link().substring(card.link().indexOf("/signin/") + "/signin/".length());
    }

    private String passwordHash() {
        return jdbc.queryForObject(
                "SELECT password_hash FROM account WHERE person_id = ?", String.class, resident.getId());
    }

    private int sessionEpoch() {
        return jdbc.queryForObject(
                "SELECT session_epoch FROM account WHERE person_id = ?", Integer.class, resident.getId());
    }

    private long accountId() {
        return jdbc.queryForObject("SELECT id FROM account WHERE person_id = ?", Long.class, resident.getId());
    }

    private long me() {
        return ((SignedInUser)
                        SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .getAccountId();
    }

    @Test
    void the_team_member_sets_a_new_password_on_a_new_card_from_the_card_dialog() {
        LoginCard first = households.loginCard(resident.getId());
        UI.getCurrent().navigate("households/" + household.getId());
        _click(_get(Button.class, spec -> spec.withId("card-" + resident.getId()))); // a reprint: no password
        _assertNone(Span.class, spec -> spec.withId("login-card-password"));
        _click(_get(Button.class, spec -> spec.withId("login-card-reset")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-password-what"))
                        .getText())
                .contains("Mật khẩu cũ và mọi thẻ đăng nhập cũ sẽ không dùng được nữa");
        _click(_get(Button.class, spec -> spec.withId("reset-password-confirm")));

        String password =
                _get(Span.class, spec -> spec.withId("login-card-password")).getText();
        assertThat(password).matches("\\d{8}").isNotEqualTo(first.password());
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-card-how")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("card.how")); // the card shows a password
        _get(Paragraph.class, spec -> spec.withId("login-card-reset-done"));
        _get(Anchor.class, spec -> spec.withId("login-card-pdf"));
        _assertNone(Button.class, spec -> spec.withId("login-card-reset"));
        assertThat(passwordEncoder.matches(password, passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(first.password(), passwordHash()))
                .as("the old password")
                .isFalse();
        assertThat(accounts.linkHolder(token(first))).as("the old card").isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM login_link WHERE account_id = ? AND used_at IS NULL AND revoked_at IS NULL",
                        Integer.class,
                        accountId()))
                .as("only the new card's link")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM password_reset WHERE account_id = ? AND reset_by = ?",
                        Integer.class,
                        accountId(),
                        me()))
                .isEqualTo(1);
    }

    @Test
    void a_new_password_voids_the_old_password_cards_and_sessions_and_is_recorded() {
        LoginCard first = households.loginCard(resident.getId());
        int epoch = sessionEpoch();
        LoginCard renewed = households.resetPassword(resident.getId());

        assertThat(renewed.password()).matches("\\d{8}").isNotEqualTo(first.password());
        assertThat(renewed.login()).isEqualTo(first.login());
        assertThat(passwordEncoder.matches(renewed.password(), passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(first.password(), passwordHash())).isFalse();
        assertThat(sessionEpoch()).as("the resident's sessions end").isGreaterThan(epoch);
        assertThat(accounts.linkHolder(token(first))).isEmpty();
        assertThat(accounts.signInWithLink(token(first))).as("the old QR code").isEmpty();
        assertThat(accounts.linkHolder(token(renewed))).contains("Lò Thị Quên");
        assertThat(jdbc.queryForMap("SELECT reset_by, reset_at FROM password_reset WHERE account_id = ?", accountId()))
                .containsEntry("reset_by", me())
                .satisfies(row -> assertThat(row.get("reset_at")).isNotNull());
        // the new card, as a PDF to print: one page
        byte[] pdf = households.cardSheet(renewed, Locale.forLanguageTag("vi"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void the_areas_commune_admin_may_reset_too() {
        households.loginCard(resident.getId());
        login(TestArea.ADMIN);
        LoginCard renewed = households.resetPassword(resident.getId());
        assertThat(passwordEncoder.matches(renewed.password(), passwordHash())).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT reset_by FROM password_reset WHERE account_id = ?", Long.class, accountId()))
                .isEqualTo(me());
    }

    @Test
    void another_areas_team_member_cannot_reset() {
        households.loginCard(resident.getId());
        String hash = passwordHash();
        login("tocongnghe");
        assertThatThrownBy(() -> households.resetPassword(resident.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetResidentPassword(resident.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(passwordHash()).isEqualTo(hash);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM password_reset WHERE account_id = ?", Integer.class, accountId()))
                .isZero();
    }

    /** A household member with a staff account of their own, made by the application. */
    private Person withAccount(String name, String role) {
        Person member = SystemRunner.runAsSystem(() -> people.addMember(household.getId(), name, 1980, null));
        SystemRunner.runAsSystem(() -> accounts.create(new AccountService.NewAccount(
                "tk." + member.getId(),
                null,
                name,
                "mat-khau-rieng-cua-toi",
                Set.of(role, Roles.RESIDENT),
                Set.of(),
                member.getId())));
        return member;
    }

    @Test
    void an_officials_or_a_team_members_account_is_never_reset_and_not_offered() {
        Person official = withAccount("Lò Văn Cán", Roles.OFFICIAL);
        Person teamMember = withAccount("Lò Văn Tổ", Roles.TEAM_MEMBER);
        for (Person staff : List.of(official, teamMember)) {
            assertThatThrownBy(() -> households.resetPassword(staff.getId()))
                    .isInstanceOfSatisfying(
                            AccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.CARD_NOT_FOR_STAFF));
            String hash = jdbc.queryForObject(
                    "SELECT password_hash FROM account WHERE person_id = ?", String.class, staff.getId());
            assertThat(passwordEncoder.matches("mat-khau-rieng-cua-toi", hash)).isTrue();
        }
        UI.getCurrent().navigate("households/" + household.getId());
        for (Person staff : List.of(official, teamMember)) {
            // no card, so no card dialog and no reset to offer
            _assertNone(Button.class, spec -> spec.withId("card-" + staff.getId()));
            _get(Span.class, spec -> spec.withId("card-refused-" + staff.getId()));
        }
        _assertNone(Button.class, spec -> spec.withId("login-card-reset"));
    }

    @Test
    void a_teacher_may_reset_a_student_of_their_own_class() {
        var area = TestArea.ensureTeacher(places, accounts);
        login(TestArea.TEACHER);
        var schoolClass = context.getBean(ClassService.class)
                .create(
                        area.commune(),
                        new ClassDetails("Trường Quên", "6", "Lớp Quên " + System.nanoTime(), "2026-2027"));
        ClassEnrolment enrolment = context.getBean(ClassEnrolment.class);
        LoginCard first = enrolment
                .enrol(enrolment.preview(schoolClass.id(), "Hà Văn Quên, 2013"))
                .getFirst();
        long student = jdbc.queryForObject(
                "SELECT person_id FROM class_student WHERE class_id = ?", Long.class, schoolClass.id());
        AccountService.LoginCard renewed = accounts.resetStudentPassword(student);
        assertThat(renewed.password()).matches("\\d{8}").isNotEqualTo(first.password());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM password_reset r JOIN account a ON a.id = r.account_id"
                                + " WHERE a.person_id = ? AND r.reset_by = ?",
                        Integer.class,
                        student,
                        me()))
                .isEqualTo(1);
        // not the household's resident: no class of this teacher ties them
        assertThatThrownBy(() -> accounts.resetStudentPassword(resident.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_teacher_sets_a_new_password_from_the_class_page() {
        var area = TestArea.ensureTeacher(places, accounts);
        login(TestArea.TEACHER);
        var schoolClass = context.getBean(ClassService.class)
                .create(
                        area.commune(),
                        new ClassDetails("Trường Quên", "6", "Lớp Nhớ " + System.nanoTime(), "2026-2027"));
        ClassEnrolment enrolment = context.getBean(ClassEnrolment.class);
        LoginCard first = enrolment
                .enrol(enrolment.preview(schoolClass.id(), "Hà Thị Nhớ, 2013"))
                .getFirst();
        long student = jdbc.queryForObject(
                "SELECT person_id FROM class_student WHERE class_id = ?", Long.class, schoolClass.id());
        UI.getCurrent().navigate("classes/" + schoolClass.id());
        _click(_get(Button.class, spec -> spec.withId("student-reset-" + student)));
        _click(_get(Button.class, spec -> spec.withId("student-reset-confirm")));
        String password =
                _get(Span.class, spec -> spec.withId("student-reset-password")).getText();
        assertThat(password).matches("\\d{8}").isNotEqualTo(first.password());
        _get(Anchor.class, spec -> spec.withId("student-reset-pdf"));
        String hash =
                jdbc.queryForObject("SELECT password_hash FROM account WHERE person_id = ?", String.class, student);
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        // another class's student: refused by the service, whatever the screen shows
        assertThatThrownBy(() -> enrolment.resetPassword(schoolClass.id(), resident.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- after a card's QR code: a password of one's own, or on by card ---

    /** Opens a card's link on the resident's own phone and taps "Sign in". */
    private void signInWithTheCard(LoginCard card) {
        newSession();
        UI.getCurrent().navigate("signin/" + token(card));
        _click(_get(Button.class, spec -> spec.withId("signin-link-confirm")));
    }

    /**
     * Whether the screen went on to the home page, in the same page (no page load): the shell built
     * for the person now signed in.
     */
    private static boolean wentHome() {
        return UI.getCurrent().getActiveViewLocation().getPath().equals("home")
                && !_find(MainLayout.class).isEmpty();
    }

    @Test
    void after_a_qr_sign_in_the_resident_chooses_a_password_of_their_own() {
        LoginCard card = households.loginCard(resident.getId());
        signInWithTheCard(card);
        _get(Div.class, spec -> spec.withId("choose-password"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("choose-password-why"))
                        .getText())
                .contains(card.login());
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withId("choose-password-new"));
        assertThat(fresh.isRevealButtonVisible()).as("the eye").isTrue();
        _setValue(fresh, "lúa chín vàng đồng");
        _setValue(_get(PasswordField.class, spec -> spec.withId("choose-password-repeat")), "lúa chín vàng");
        _click(_get(Button.class, spec -> spec.withId("choose-password-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("choose-password-repeat"))
                        .isInvalid())
                .isTrue();
        _setValue(_get(PasswordField.class, spec -> spec.withId("choose-password-repeat")), "lúa chín vàng đồng");
        _click(_get(Button.class, spec -> spec.withId("choose-password-save")));

        assertThat(wentHome()).isTrue();
        assertThat(passwordEncoder.matches("lúa chín vàng đồng", passwordHash()))
                .isTrue();
        assertThat(passwordEncoder.matches(card.password(), passwordHash()))
                .as("the card's")
                .isFalse();
        assertThat(me()).isEqualTo(accountId()); // still signed in, under the new password
        assertThat(((SignedInUser) SecurityContextHolder.getContext()
                                .getAuthentication()
                                .getPrincipal())
                        .getSessionEpoch())
                .isEqualTo(sessionEpoch());
        assertThat(accounts.mayChooseOwnPassword()).as("asked once").isFalse();

        // a card printed again later signs in without asking: the password is the resident's own
        login(TestArea.TEAM_MEMBER);
        LoginCard again = households.loginCard(resident.getId());
        signInWithTheCard(again);
        assertThat(wentHome()).isTrue();
        _assertNone(Div.class, spec -> spec.withId("choose-password"));
    }

    @Test
    void a_too_common_password_is_refused_next_to_the_field() {
        signInWithTheCard(households.loginCard(resident.getId()));
        _setValue(_get(PasswordField.class, spec -> spec.withId("choose-password-new")), "12345678");
        _setValue(_get(PasswordField.class, spec -> spec.withId("choose-password-repeat")), "12345678");
        _click(_get(Button.class, spec -> spec.withId("choose-password-save")));
        PasswordField fresh = _get(PasswordField.class, spec -> spec.withId("choose-password-new"));
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).startsWith("Mật khẩu này quá phổ biến");
        assertThat(wentHome()).isFalse();
    }

    @Test
    void keeping_the_card_goes_home_and_is_not_asked_again_until_a_new_password() {
        LoginCard card = households.loginCard(resident.getId());
        signInWithTheCard(card);
        _click(_get(Button.class, spec -> spec.withId("choose-password-keep-card")));
        assertThat(wentHome()).isTrue();
        assertThat(passwordEncoder.matches(card.password(), passwordHash()))
                .as("unchanged")
                .isTrue();

        login(TestArea.TEAM_MEMBER);
        signInWithTheCard(households.loginCard(resident.getId()));
        assertThat(wentHome()).isTrue();
        _assertNone(Div.class, spec -> spec.withId("choose-password"));

        // a new password on a new card: asked again
        login(TestArea.TEAM_MEMBER);
        signInWithTheCard(households.resetPassword(resident.getId()));
        _get(Div.class, spec -> spec.withId("choose-password"));
    }

    @Test
    void signed_in_with_the_cards_password_typed_the_password_is_not_changed_without_it() {
        households.loginCard(resident.getId());
        login("hv" + resident.getId());
        assertThat(accounts.mayChooseOwnPassword()).isFalse();
        assertThatThrownBy(() -> accounts.chooseMyPassword("lúa chín vàng đồng"))
                .isInstanceOf(AccessDeniedException.class);
    }
}

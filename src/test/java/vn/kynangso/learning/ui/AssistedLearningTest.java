package vn.kynangso.learning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.SignInSwitch;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * A team member helps an elderly resident without a phone learn on the team member's own phone:
 * the resident's progress is theirs, with the helper noted, and the helper gets their own
 * sign-in back with one tap.
 */
class AssistedLearningTest extends KaribuTest {

    static final String COURSE = LearningJourneyTest.COURSE;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    HouseholdService households;

    @Autowired
    CatalogService catalog;

    @Autowired
    LearningService learning;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    private long household;
    private long resident;
    private long helperAccount;

    @BeforeEach
    void anElderlyResidentWithoutALogin() {
        TestArea.ensure(places, accounts);
        login(TestArea.TEAM_MEMBER);
        helperAccount = currentUser.require().getAccountId();
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        Household registered = households.register(new NewHousehold(
                hamlet,
                "Số " + System.nanoTime() % 100_000 + ", xóm Giúp Đỡ",
                List.of(new NewMember("Bà Trịnh Thị Lụa", 1941, null)),
                false,
                Poverty.NONE));
        household = registered.getId();
        resident = people.members(household).getFirst().getId();
    }

    private List<String> menuIds() {
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream()
                .map(SideNavItem::getId)
                .map(id -> id.orElse(""))
                .toList();
    }

    private String path() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    @Test
    void helped_progress_is_the_residents_with_the_helper_noted_and_the_helper_gets_their_sign_in_back() {
        UI.getCurrent().navigate("households/" + household);
        _click(_get(Button.class, spec -> spec.withId("help-" + resident)));

        assertThat(path()).isEqualTo("learn");
        assertThat(_get(Div.class, spec -> spec.withId("helping-bar")).isVisible())
                .isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("helping-text")).getText())
                .isEqualTo("Đang giúp Bà Trịnh Thị Lụa học");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-name")).getText())
                .isEqualTo("Bà Trịnh Thị Lụa");
        assertThat(menuIds())
                .containsExactly(
                        "menu-home",
                        "menu-learn",
                        "menu-progress",
                        "menu-certificates",
                        "menu-my-data",
                        "menu-profile");
        // kept in the HTTP session, so the next request is still the helped session
        SecurityContext saved = (SecurityContext) VaadinSession.getCurrent()
                .getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((SignedInUser) saved.getAuthentication().getPrincipal()).getPersonId())
                .contains(resident);

        // the team member's own pages are closed while helping
        UI.getCurrent().navigate("worklist");
        assertThat(_find(Button.class, spec -> spec.withId("help-" + resident))).isEmpty();
        UI.getCurrent().navigate("profile");
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-helping")).getText())
                .startsWith("Bạn đang giúp Bà Trịnh Thị Lụa học");

        // read every lesson and pass the quiz on the resident's behalf
        var course = catalog.current(COURSE).orElseThrow().content();
        UI.getCurrent().navigate("learn/" + COURSE);
        _click(_get(Button.class, spec -> spec.withId("course-action")));
        for (int n = 1; n <= course.lessons().size(); n++) {
            _click(_get(Button.class, spec -> spec.withId("lesson-next")));
        }
        _click(_get(Button.class, spec -> spec.withId("course-action")));
        new QuizDriver(course).answerAll(true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-verdict")).getText())
                .isEqualTo("Chúc mừng! Bạn đã đạt.");

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM proficiency WHERE person_id = ? AND skill = ?",
                        Long.class,
                        resident,
                        Skill.CYBER_SAFETY.name()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT a.helper_account_id FROM quiz_attempt a JOIN enrolment e ON e.id = a.enrolment_id"
                                + " WHERE e.person_id = ?",
                        Long.class,
                        resident))
                .containsExactly(helperAccount);
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT lp.helper_account_id FROM lesson_progress lp"
                                + " JOIN enrolment e ON e.id = lp.enrolment_id WHERE e.person_id = ?",
                        Long.class,
                        resident))
                .containsExactly(helperAccount);

        // ending asks for the helper's own password: the phone may be in the resident's hands
        _click(_get(Button.class, spec -> spec.withId("stop-helping")));
        _setValue(_get(PasswordField.class, spec -> spec.withId("stop-helping-password")), "not-my-password");
        _click(_get(Button.class, spec -> spec.withId("stop-helping-confirm")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("stop-helping-password"))
                        .isInvalid())
                .isTrue();
        assertThat(currentUser.require().getHelper()).as("still helping").isPresent();
        String sessionBefore = VaadinSession.getCurrent().getSession().getId();
        _setValue(_get(PasswordField.class, spec -> spec.withId("stop-helping-password")), "mat-khau-kiem-thu");
        _click(_get(Button.class, spec -> spec.withId("stop-helping-confirm")));

        assertThat(VaadinSession.getCurrent().getSession().getId())
                .as("a new session id on the switch")
                .isNotEqualTo(sessionBefore);
        assertThat(currentUser.require().getPersonId()).isEmpty();
        assertThat(currentUser.require().getHelper()).isEmpty();
        assertThat(path()).isEqualTo("home");
        assertThat(_find(Div.class, spec -> spec.withId("helping-bar")))
                .as("hidden")
                .isEmpty();
        assertThat(menuIds()).contains("menu-worklist", "menu-area");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assist_session WHERE person_id = ? AND helper_account_id = ?"
                                + " AND ended_at IS NOT NULL",
                        Long.class,
                        resident,
                        helperAccount))
                .isEqualTo(1);
    }

    @Test
    void only_household_members_in_my_area_can_be_helped_and_only_by_the_team() {
        long demoResident = jdbc.queryForObject(
                "SELECT person_id FROM account WHERE phone = '0912345678'", Long.class); // in the demo commune
        assertThatThrownBy(() -> households.startHelping(demoResident)).isInstanceOf(AccessDeniedException.class);

        login(Learners.newResident(places, people, accounts));
        assertThatThrownBy(() -> households.startHelping(resident)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.startHelping(resident, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void while_helping_no_second_helped_session_can_start() {
        SignInSwitch.to(households.startHelping(resident));
        assertThatThrownBy(() -> accounts.startHelping(resident, "x")).isInstanceOf(AccessDeniedException.class);
        assertThat(learning.myProgress().skills()).hasSize(5); // learning works for the resident
    }
}

package vn.kynangso.officials;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.ResponsiveTable;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.PublishedCourse;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.Person;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceKind;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;
import vn.kynangso.security.SystemRunner;

/**
 * What is required of an official in a year is one answer (DD011): their home card, their course
 * list (Học), their training screen (Bồi dưỡng bắt buộc) and their commune's evaluation name the
 * same courses with the same deadlines and statuses, in every state of the year, whether the
 * commune has set its own list or follows the catalog's.
 */
class RequiredThisYearTest extends KaribuTest {

    static final String SECURITY = "can-bo-an-toan-thong-tin";
    static final String PLATFORMS = "can-bo-nen-tang-so-va-ai";
    static final String ADMIN = "quantri.batbuoc";
    static final String NAME = "Cao Văn Bắt";

    @Autowired
    MandatoryCourses courses;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    private static int next;
    private long commune;
    private String official;
    private String admin;

    /** A commune of its own that has set nothing (it follows the catalog), its admin and one official. */
    @BeforeEach
    void aCommuneWithOneOfficial() {
        long province = TestArea.ensure(places, accounts).province();
        next++;
        // unique on a database kept from an earlier run too
        String tag = next + "." + UUID.randomUUID().toString().substring(0, 8);
        official = "canbo.batbuoc." + tag;
        admin = ADMIN + tag;
        commune = SystemRunner.runAsSystem(() -> {
            Place place = places.create(province, PlaceKind.COMMUNE, "Xã Bắt Buộc " + tag, "TEST-REQUIRED-" + tag);
            accounts.create(new AccountService.NewAccount(
                    admin,
                    null,
                    "Quản Trị Bắt Buộc",
                    "mat-khau-kiem-thu",
                    Set.of(Roles.COMMUNE_ADMIN),
                    Set.of(place.getId()),
                    null));
            Person person = people.registerPerson(place.getId(), NAME, 1981);
            accounts.create(new AccountService.NewAccount(
                    official, null, NAME, "mat-khau-kiem-thu", Set.of(Roles.OFFICIAL), Set.of(), person.getId()));
            return place.getId();
        });
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.set(LocalDateTime.of(year, month, day, hour, minute));
    }

    /** The officials' courses of the catalog, by code. */
    private List<String> catalogCourses() {
        return courses.officialCourses().stream()
                .map(PublishedCourse::code)
                .sorted()
                .toList();
    }

    /** Each course's status badge on a screen, by course code, in the screen's order. */
    private Map<String, Span> badges(String route, String idPrefix) {
        UI.getCurrent().navigate(route);
        Map<String, Span> badges = new LinkedHashMap<>();
        _find(Span.class).stream()
                .filter(s -> s.getId().orElse("").startsWith(idPrefix))
                .forEach(s -> badges.put(s.getId().orElseThrow().substring(idPrefix.length()), s));
        return badges;
    }

    private static Map<String, String> texts(Map<String, Span> badges) {
        Map<String, String> texts = new LinkedHashMap<>();
        badges.forEach((code, badge) -> texts.put(code, badge.getText()));
        return texts;
    }

    /**
     * The official's three screens say the same courses with the same statuses (those expected),
     * an overdue one in red on each; returns the training screen's result line.
     */
    private String theOfficialsScreensSay(Map<String, String> expected) {
        login(official);
        Map<String, Span> home = badges("home", "home-official-status-");
        Map<String, Span> learn = badges("learn", "learn-status-");
        Map<String, Span> training = badges("training", "training-status-");
        String result =
                _get(Paragraph.class, spec -> spec.withId("training-result")).getText();
        assertThat(texts(training)).as("Bồi dưỡng bắt buộc").isEqualTo(expected);
        assertThat(texts(home)).as("the home card").isEqualTo(texts(training));
        assertThat(texts(learn)).as("Học").isEqualTo(texts(training));
        for (Map<String, Span> screen : List.of(home, learn, training)) {
            screen.forEach((code, badge) -> assertThat(badge.getClassNames().contains("kns-badge-overdue"))
                    .as(code + " in red")
                    .isEqualTo(badge.getText().equals("Quá hạn")));
        }
        return result;
    }

    /** The official's row of the evaluation: the completed cell and the result badge. */
    @SuppressWarnings("unchecked")
    private List<String> theEvaluationSays() {
        login(admin);
        UI.getCurrent().navigate("evaluation");
        ResponsiveTable table = _get(ResponsiveTable.class, spec -> spec.withId("evaluation-grid"));
        Div row = table.rows().stream()
                .filter(r -> r.getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getText()
                        .equals(NAME))
                .findFirst()
                .orElseThrow();
        Span status = _get(row, Span.class, spec -> spec.withClasses("kns-badge"));
        String completed = row.getChildren().toList().get(2).getElement().getText();
        return List.of(completed, status.getText(), String.valueOf(status.getClassNames()));
    }

    private static Map<String, String> all(List<String> codes, String status) {
        Map<String, String> expected = new LinkedHashMap<>();
        codes.forEach(code -> expected.put(code, status));
        return expected;
    }

    @Test
    void home_learn_training_and_evaluation_say_the_same_in_every_state_of_the_year() {
        List<String> required = catalogCourses();
        at(2026, 10, 10, 9, 0);

        // not started: the catalog's officials' courses, each due on its own deadline
        Map<String, String> expected = all(required, "Chưa học");
        assertThat(theOfficialsScreensSay(new LinkedHashMap<>(expected))).isEqualTo("Kết quả: Chưa học");
        assertThat(_get(Paragraph.class, spec -> spec.withId("training-summary"))
                        .getText())
                .startsWith("Đã hoàn thành 0/" + required.size() + " khoá");
        UI.getCurrent().navigate("learn");
        assertThat(_get(Span.class, spec -> spec.withId("learn-facts-" + SECURITY))
                        .getText())
                .endsWith("hạn 30/11/2026");
        UI.getCurrent().navigate("home");
        assertThat(_get(Span.class, spec -> spec.withId("home-official-due-" + SECURITY))
                        .getText())
                .isEqualTo("hạn 30/11/2026");
        assertThat(theEvaluationSays()).startsWith("0/" + required.size() + " · 0 giờ", "Chưa học");

        // in progress
        login(official);
        learning.lessonRead(SECURITY, 0);
        expected.put(SECURITY, "Đang học");
        assertThat(theOfficialsScreensSay(expected)).isEqualTo("Kết quả: Đang học");
        assertThat(theEvaluationSays()).startsWith("0/" + required.size() + " · 0 giờ", "Đang học");

        // completed
        at(2026, 10, 12, 9, 0);
        login(official);
        Learners.passCourse(learning, catalog, SECURITY);
        expected.put(SECURITY, "Đã hoàn thành");
        assertThat(theOfficialsScreensSay(expected)).isEqualTo("Kết quả: Đang học");
        assertThat(theEvaluationSays()).startsWith("1/" + required.size() + " · 1 giờ", "Đang học");

        // the deadline has passed: the others are overdue, in red on every screen
        at(2026, 12, 2, 9, 0);
        Map<String, String> overdue = all(required, "Quá hạn");
        overdue.put(SECURITY, "Đã hoàn thành");
        assertThat(theOfficialsScreensSay(overdue)).isEqualTo("Kết quả: Quá hạn");
        List<String> row = theEvaluationSays();
        assertThat(row).startsWith("1/" + required.size() + " · 1 giờ", "Quá hạn");
        assertThat(row.get(2)).contains("kns-badge-overdue");
    }

    @Test
    void a_deadline_the_commune_sets_is_the_one_every_screen_judges_by() {
        at(2026, 10, 10, 9, 0);
        login(admin);
        courses.assign(2026, commune, PLATFORMS, LocalDate.of(2026, 12, 20));
        assertThat(courses.followsCatalog(2026, commune)).isFalse();
        assertThat(courses.assignments(2026, commune))
                .extracting(Assignment::courseCode)
                .containsExactlyInAnyOrderElementsOf(catalogCourses());

        at(2026, 12, 2, 9, 0); // past 30 November, before 20 December
        Map<String, String> expected = all(catalogCourses(), "Quá hạn");
        expected.put(PLATFORMS, "Chưa học");
        theOfficialsScreensSay(expected);
        UI.getCurrent().navigate("learn");
        assertThat(_get(Span.class, spec -> spec.withId("learn-facts-" + PLATFORMS))
                        .getText())
                .endsWith("hạn 20/12/2026");
        UI.getCurrent().navigate("home");
        assertThat(_get(Span.class, spec -> spec.withId("home-official-due-" + PLATFORMS))
                        .getText())
                .isEqualTo("hạn 20/12/2026");
    }

    @Test
    void an_official_with_nothing_required_is_not_counted_as_completed() {
        at(2026, 10, 10, 9, 0);
        login(admin);
        catalogCourses().forEach(code -> courses.unassign(2026, commune, code));
        assertThat(courses.followsCatalog(2026, commune)).isFalse();

        assertThat(theEvaluationSays()).startsWith("Không tính", "Không có khoá bắt buộc");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary"))
                        .getText())
                .isEqualTo("1 cán bộ: 0 đã hoàn thành, 0 hoàn thành trễ hạn, 0 quá hạn.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-not-counted"))
                        .getText())
                .isEqualTo("1 cán bộ không có khoá bắt buộc nên không được tính vào kết quả.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-required-none"))
                        .getText())
                .isEqualTo("Năm 2026 xã không yêu cầu khoá bắt buộc nào.");

        login(official);
        assertThat(badges("home", "home-official-status-")).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-official-none"))
                        .getText())
                .isEqualTo("Năm 2026 bạn không có khoá học bắt buộc nào.");
        UI.getCurrent().navigate("learn");
        _assertNone(Section.class, spec -> spec.withId("learn-required"));
        _get(Section.class, spec -> spec.withId("learn-other")); // the courses are still there to take
        UI.getCurrent().navigate("training");
        _get(Paragraph.class, spec -> spec.withId("training-none"));
    }

    @Test
    void the_home_card_names_the_year_its_courses_are_required_in() {
        at(2027, 1, 1, 0, 30); // New Year's Day in Vietnam, still 31 December in UTC
        login(official);
        Map<String, String> expected = all(catalogCourses(), "Chưa học");
        theOfficialsScreensSay(expected);
        assertThat(_get(H1.class, spec -> spec.withText("Bồi dưỡng bắt buộc năm 2027")))
                .isNotNull();
        UI.getCurrent().navigate("home");
        assertThat(_get(H2.class, spec -> spec.withId("home-official-title")).getText())
                .isEqualTo("Khoá học bắt buộc năm 2027");
        assertThat(_get(Span.class, spec -> spec.withId("home-official-due-" + SECURITY))
                        .getText())
                .isEqualTo("hạn 30/11/2027");
        UI.getCurrent().navigate("learn");
        assertThat(_get(Section.class, spec -> spec.withId("learn-required"))
                        .getChildren()
                        .findFirst()
                        .map(h -> ((H2) h).getText()))
                .hasValue("Khoá học bắt buộc năm 2027");
    }
}

package vn.kynangso.reports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.base.ui.CardList;
import vn.kynangso.catalog.CatalogService;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.Learners;
import vn.kynangso.learning.LearningService;
import vn.kynangso.people.PeopleService;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SystemRunner;

class CoverageTest extends KaribuTest {

    static final List<String> SKILL_COURSES = List.of(
            "dich-vu-cong-truc-tuyen",
            "mua-sam-truc-tuyen",
            "thanh-toan-truc-tuyen",
            "tu-bao-ve-tren-khong-gian-mang",
            "nen-tang-so-khac");

    @Autowired
    PlaceService places;

    @Autowired
    PeopleService people;

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    CatalogService catalog;

    @Autowired
    CoverageService coverage;

    private Place hamlet(String name) {
        return SystemRunner.runAsSystem(() ->
                places
                        .findAll(places.idsWithin(
                                places.provinces().stream().map(Place::getId).toList(), PlaceLevel.HAMLET))
                        .stream()
                        .filter(p -> p.getName().equals(name))
                        .findFirst()
                        .orElseThrow());
    }

    private Coverage asCommuneAdmin(long placeId) {
        login(TestArea.ADMIN);
        return coverage.place(placeId);
    }

    @Test
    void a_household_is_covered_when_one_member_passes_the_fifth_skill_and_a_rebuild_agrees() {
        String phone = Learners.newResident(places, people, accounts); // lives in the tests' own hamlet
        login(phone);
        long person = currentUser.require().getPersonId().orElseThrow();
        long hamletId = people.householdPlaceOf(person).orElseThrow().hamletId();
        Coverage before = asCommuneAdmin(hamletId);

        login(phone);
        for (String course : SKILL_COURSES.subList(0, 4)) {
            assertThat(Learners.passCourse(learning, catalog, course).summary().passed())
                    .isTrue();
        }
        Coverage fourSkills = asCommuneAdmin(hamletId);
        assertThat(fourSkills.covered()).isEqualTo(before.covered());
        assertThat(fourSkills.skill(Skill.PUBLIC_SERVICES)).isEqualTo(before.skill(Skill.PUBLIC_SERVICES) + 1);
        assertThat(fourSkills.skill(Skill.DIGITAL_PLATFORMS)).isEqualTo(before.skill(Skill.DIGITAL_PLATFORMS));

        login(phone);
        Learners.passCourse(learning, catalog, SKILL_COURSES.get(4));
        Coverage allFive = asCommuneAdmin(hamletId);
        assertThat(allFive.covered()).isEqualTo(before.covered() + 1);
        assertThat(allFive.skill(Skill.DIGITAL_PLATFORMS)).isEqualTo(before.skill(Skill.DIGITAL_PLATFORMS) + 1);
        assertThat(allFive.households()).isEqualTo(before.households());

        CoverageService.RebuildReport rebuilt = SystemRunner.runAsSystem(coverage::rebuild);
        assertThat(rebuilt.differing()).isZero();
        assertThat(asCommuneAdmin(hamletId)).isEqualTo(allFive);
    }

    @Autowired
    CurrentUser currentUser;

    @Test
    void registering_a_household_counts_it_at_once() {
        long hamlet = TestArea.ensure(places, accounts).hamlet();
        long before = asCommuneAdmin(hamlet).households();
        SystemRunner.runAsSystem(() -> people.registerHousehold(hamlet, "Số 99, Thôn Kiểm Thử"));
        assertThat(asCommuneAdmin(hamlet).households()).isEqualTo(before + 1);
    }

    @Test
    void nobody_reads_figures_outside_their_area() {
        Place noiDue = hamlet("Thôn Nội Duệ");
        Place dongKy = hamlet("Khu phố Đông Kỵ");
        login("tocongnghe"); // Thôn Đông Sơn and Thôn Lũng Giang
        assertThatThrownBy(() -> coverage.place(noiDue.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coverage.households(noiDue.getId())).isInstanceOf(AccessDeniedException.class);
        login("quantrixa"); // Xã Tiên Du
        assertThatThrownBy(() -> coverage.place(dongKy.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coverage.breakdown(dongKy.getParentId())).isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("coverage/" + dongKy.getId());
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .getFirst()
                        .getClass()
                        .getSimpleName())
                .isEqualTo("NotFoundView");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_province_admin_drills_from_communes_to_households() {
        login("quantritinh");
        UI.getCurrent().navigate("coverage");
        CardList<Coverage> communes = _get(CardList.class, spec -> spec.withId("coverage-rows"));
        assertThat(communes.items().size()).isEqualTo(2);
        Place dongSon = hamlet("Thôn Đông Sơn");
        UI.getCurrent().navigate("coverage/" + dongSon.getParentId());
        CardList<Coverage> hamlets = _get(CardList.class, spec -> spec.withId("coverage-rows"));
        assertThat(hamlets.items().size()).isEqualTo(3);
        UI.getCurrent().navigate("coverage/" + dongSon.getId());
        CardList<HouseholdCoverage> households = _get(CardList.class, spec -> spec.withId("coverage-households"));
        assertThat(households.items().size()).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_team_member_sees_their_hamlets_only() {
        login("tocongnghe");
        UI.getCurrent().navigate("coverage");
        CardList<Coverage> rows = _get(CardList.class, spec -> spec.withId("coverage-rows"));
        assertThat(rows.items().size()).isEqualTo(2);
    }
}

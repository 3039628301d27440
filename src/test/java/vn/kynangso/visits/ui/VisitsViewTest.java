package vn.kynangso.visits.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.kynangso.KaribuTest;
import vn.kynangso.TestArea;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.Household;
import vn.kynangso.people.HouseholdService;
import vn.kynangso.people.Poverty;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.visits.Visit;
import vn.kynangso.visits.VisitException;
import vn.kynangso.visits.VisitOutcome;
import vn.kynangso.visits.VisitService;

class VisitsViewTest extends KaribuTest {

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accounts;

    @Autowired
    HouseholdService households;

    @Autowired
    VisitService visits;

    private TestArea.Ids area;
    private Household household;

    @BeforeEach
    void aHousehold() {
        area = TestArea.ensure(places, accounts);
        login(TestArea.TEAM_MEMBER);
        household = households.register(new HouseholdService.NewHousehold(
                area.hamlet(),
                "Số 30, ngõ Thăm",
                List.of(new HouseholdService.NewMember("Cù Thị Thăm", 1950, null)),
                false,
                Poverty.NONE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_team_member_records_a_visit_during_a_campaign_at_the_door() {
        login(TestArea.ADMIN);
        LocalDate today = LocalDate.now(clock);
        long campaign = visits.createCampaign(
                "Gõ cửa từng nhà tháng 11", today.minusDays(1), today.plusDays(9), List.of(area.hamlet()));

        login(TestArea.TEAM_MEMBER);
        UI.getCurrent().navigate("households/" + household.getId() + "/visits");
        _setValue(_get(Select.class, spec -> spec.withId("visit-outcome")), VisitOutcome.COME_BACK);
        _setValue(
                _get(CheckboxGroup.class, spec -> spec.withId("visit-skills")),
                Set.of(Skill.CYBER_SAFETY, Skill.ONLINE_PAYMENT));
        _setValue(_get(DatePicker.class, spec -> spec.withId("visit-next")), today.plusDays(3));
        _click(_get(Button.class, spec -> spec.withId("visit-save")));

        List<Visit> recorded = visits.visitsOf(household.getId());
        assertThat(recorded).singleElement().satisfies(v -> {
            assertThat(v.campaignId()).isEqualTo(campaign);
            assertThat(v.outcome()).isEqualTo(VisitOutcome.COME_BACK);
            assertThat(v.skills()).containsExactlyInAnyOrder(Skill.CYBER_SAFETY, Skill.ONLINE_PAYMENT);
            assertThat(v.nextVisitOn()).isEqualTo(today.plusDays(3));
            assertThat(v.visitor()).isEqualTo("Tổ Viên Kiểm Thử");
        });
        assertThat(_find(_get(Div.class, spec -> spec.withId("visit-history")), Paragraph.class))
                .singleElement()
                .extracting(Paragraph::getText)
                .asString()
                .contains("Cần đến lại (Tổ Viên Kiểm Thử)");
        assertThat(visits.myCampaigns().stream()
                        .filter(c -> c.id() == campaign)
                        .findFirst()
                        .orElseThrow()
                        .visits())
                .isEqualTo(1);
    }

    @Test
    void a_visit_in_the_future_or_a_next_visit_before_it_is_refused() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() ->
                        visits.record(household.getId(), today.plusDays(1), VisitOutcome.HELPED, Set.of(), null, null))
                .isInstanceOfSatisfying(
                        VisitException.class,
                        e -> assertThat(e.reason()).isEqualTo(VisitException.Reason.FUTURE_VISIT));
        assertThatThrownBy(() -> visits.record(
                        household.getId(), today, VisitOutcome.HELPED, Set.of(), today.minusDays(1), null))
                .isInstanceOfSatisfying(
                        VisitException.class,
                        e -> assertThat(e.reason()).isEqualTo(VisitException.Reason.NEXT_BEFORE_VISIT));
    }

    @Test
    void nobody_records_or_reads_visits_outside_their_area() {
        login("tocongnghe");
        assertThatThrownBy(() -> visits.visitsOf(household.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.record(
                        household.getId(), LocalDate.now(clock), VisitOutcome.HELPED, Set.of(), null, null))
                .isInstanceOf(AccessDeniedException.class);
        login("quantrixa");
        assertThatThrownBy(() ->
                        visits.createCampaign("X", LocalDate.now(clock), LocalDate.now(clock), List.of(area.hamlet())))
                .isInstanceOf(AccessDeniedException.class);
    }
}

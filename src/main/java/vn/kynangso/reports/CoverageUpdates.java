package vn.kynangso.reports;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.learning.SkillProficiencyGained;
import vn.kynangso.people.HouseholdRegistered;
import vn.kynangso.people.HouseholdSkillService;
import vn.kynangso.people.HouseholdSkillService.SkillRecorded;
import vn.kynangso.places.PlaceService;
import vn.kynangso.places.PlaceService.CommuneAndProvince;
import vn.kynangso.security.SystemRunner;

/**
 * Keeps the per-hamlet summaries in step: listeners run synchronously inside the transaction that
 * registered the household or recorded the skill, so the figures and the facts commit together.
 * Whether a household is covered is the people module's to say ({@code CoverageRule}).
 */
@Component
@Order(20)
class CoverageUpdates implements ApplicationRunner {

    private final CoverageStore store;
    private final PlaceService places;
    private final HouseholdSkillService householdSkills;
    private final CoverageService coverage;
    private final ApplicationEventPublisher events;

    CoverageUpdates(
            CoverageStore store,
            PlaceService places,
            HouseholdSkillService householdSkills,
            CoverageService coverage,
            ApplicationEventPublisher events) {
        this.store = store;
        this.places = places;
        this.householdSkills = householdSkills;
        this.coverage = coverage;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(HouseholdRegistered event) {
        count(event.hamletId(), () -> store.householdAdded(event.hamletId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SkillProficiencyGained event) {
        // a student or an official without a registered household is not counted in households
        householdSkills
                .recordSkill(event.personId(), event.skill(), event.at(), event.skillsNow())
                .ifPresent(recorded -> counted(recorded, event));
    }

    private void counted(SkillRecorded recorded, SkillProficiencyGained event) {
        long hamlet = recorded.hamletId();
        if (recorded.newToHousehold()) {
            count(hamlet, () -> store.skillAdded(hamlet, event.skill()));
        }
        if (recorded.nowCovered()) {
            count(hamlet, () -> store.coveredAdded(hamlet));
            events.publishEvent(new HouseholdCovered(recorded.householdId(), hamlet, event.personId(), event.at()));
        }
    }

    /** Runs an increment, first giving the hamlet its summary row if it has none yet. */
    private void count(long hamletId, BooleanSupplier increment) {
        if (!increment.getAsBoolean()) {
            CommuneAndProvince where =
                    places.communeAndProvinceOf(List.of(hamletId)).get(hamletId);
            store.ensureHamlet(
                    hamletId, where == null ? null : where.communeId(), where == null ? null : where.provinceId());
            increment.getAsBoolean();
        }
    }

    /** A database from before the summaries existed gets them computed once at start. */
    @Override
    public void run(ApplicationArguments args) {
        if (store.isEmpty() && SystemRunner.runAsSystem(householdSkills::countHouseholds) > 0) {
            SystemRunner.runAsSystem(coverage::rebuild);
        }
    }
}

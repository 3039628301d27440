package vn.kynangso.reports;

import java.util.List;
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
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.SystemRunner;

/**
 * Keeps the per-hamlet summaries in step: listeners run synchronously inside the transaction that
 * registered the household or recorded the skill, so the figures and the facts commit together.
 */
@Component
@Order(20)
class CoverageUpdates implements ApplicationRunner {

    private final CoverageStore store;
    private final PlaceService places;
    private final CoverageService coverage;

    private final ApplicationEventPublisher events;

    CoverageUpdates(
            CoverageStore store, PlaceService places, CoverageService coverage, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.places = places;
        this.coverage = coverage;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(HouseholdRegistered event) {
        ensureHamlet(event.hamletId());
        store.householdAdded(event.hamletId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SkillProficiencyGained event) {
        // one read for household, hamlet and summary row: this runs inside every completion's transaction
        CoverageStore.HouseholdInHamlet household =
                store.householdOf(event.personId()).orElse(null);
        if (household == null) {
            return; // a student or an official without a registered household: not counted in households
        }
        long hamlet = household.hamletId();
        if (!household.summarised()) {
            ensureHamlet(hamlet);
        }
        if (store.householdGainedSkill(household.householdId(), event.skill(), event.at())) {
            store.skillAdded(hamlet, event.skill());
        }
        if (event.allFive() && store.householdCovered(household.householdId(), event.at())) {
            store.coveredAdded(hamlet);
            events.publishEvent(new HouseholdCovered(household.householdId(), hamlet, event.personId(), event.at()));
        }
    }

    private void ensureHamlet(long hamletId) {
        if (store.hasHamlet(hamletId)) {
            return;
        }
        List<Place> chain = places.selfAndAncestors(hamletId);
        Long commune = chain.stream()
                .filter(p -> p.getLevel() == PlaceLevel.COMMUNE)
                .map(Place::getId)
                .findFirst()
                .orElse(null);
        Long province = chain.stream()
                .filter(p -> p.getLevel() == PlaceLevel.PROVINCE)
                .map(Place::getId)
                .findFirst()
                .orElse(null);
        store.ensureHamlet(hamletId, commune, province);
    }

    /** A database from before the summaries existed gets them computed once at start. */
    @Override
    public void run(ApplicationArguments args) {
        if (store.isEmpty() && store.householdsRegistered() > 0) {
            SystemRunner.runAsSystem(coverage::rebuild);
        }
    }
}

package vn.kynangso.reports;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Skill;
import vn.kynangso.learning.SkillProficiencyGained;
import vn.kynangso.people.HouseholdRegistered;
import vn.kynangso.people.HouseholdSkillService;
import vn.kynangso.people.HouseholdSkillService.SkillRecorded;
import vn.kynangso.people.MemberAdded;
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
    private final LearnerSkills learnerSkills;

    CoverageUpdates(
            CoverageStore store,
            PlaceService places,
            HouseholdSkillService householdSkills,
            CoverageService coverage,
            ApplicationEventPublisher events,
            LearnerSkills learnerSkills) {
        this.learnerSkills = learnerSkills;
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

    /**
     * Someone already learning (a student a teacher enrolled) joined a household: each skill they
     * hold counts for it as if gained now, through the same rule and summaries.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MemberAdded event) {
        Set<Skill> held = learnerSkills.of(List.of(event.personId())).getOrDefault(event.personId(), Set.of());
        for (Skill skill : held) {
            householdSkills
                    .recordSkill(event.personId(), skill, event.at(), held)
                    .ifPresent(recorded -> counted(recorded, skill, event.personId(), event.at()));
        }
    }

    private void counted(SkillRecorded recorded, SkillProficiencyGained event) {
        counted(recorded, event.skill(), event.personId(), event.at());
    }

    private void counted(SkillRecorded recorded, Skill skill, long personId, Instant at) {
        long hamlet = recorded.hamletId();
        if (recorded.newToHousehold()) {
            count(hamlet, () -> store.skillAdded(hamlet, skill));
        }
        if (recorded.nowCovered()) {
            count(hamlet, () -> store.coveredAdded(hamlet));
            events.publishEvent(new HouseholdCovered(recorded.householdId(), hamlet, personId, at));
        }
    }

    /**
     * Runs an increment, first giving the hamlet its summary row if it has none yet. The row is
     * looked for with a plain read before anything is written: an UPDATE of a missing row would take
     * a gap lock, and two households registered at once in a new hamlet would then deadlock on
     * inserting it.
     */
    private void count(long hamletId, BooleanSupplier increment) {
        if (!store.hasHamlet(hamletId)) {
            ensureHamlet(hamletId);
        }
        if (!increment.getAsBoolean()) { // removed meanwhile by a rebuild
            ensureHamlet(hamletId);
            increment.getAsBoolean();
        }
    }

    private void ensureHamlet(long hamletId) {
        CommuneAndProvince where =
                places.communeAndProvinceOf(List.of(hamletId)).get(hamletId);
        store.ensureHamlet(
                hamletId, where == null ? null : where.communeId(), where == null ? null : where.provinceId());
    }

    /**
     * A database from before the summaries existed gets them computed once at start; with several
     * servers starting together, by the first to take the rebuild lock ({@link
     * CoverageService#rebuildIfMissing()}).
     */
    @Override
    public void run(ApplicationArguments args) {
        if (store.isEmpty() && SystemRunner.runAsSystem(householdSkills::countHouseholds) > 0) {
            SystemRunner.runAsSystem(coverage::rebuildIfMissing);
        }
    }
}

package vn.kynangso.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Skill;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;

/**
 * Which of the five skills each household holds (some member is proficient in it) and when the
 * household became covered ({@link CoverageRule}). The facts behind the coverage figures, kept by
 * the module that owns households; the figures themselves are the reports module's.
 */
@Service
public class HouseholdSkillService {

    private final HouseholdSkillStore store;
    private final PlaceService places;
    private final CurrentUser currentUser;

    HouseholdSkillService(HouseholdSkillStore store, PlaceService places, CurrentUser currentUser) {
        this.store = store;
        this.places = places;
        this.currentUser = currentUser;
    }

    /**
     * What one proficiency changed for the learner's household.
     *
     * @param newToHousehold nobody in the household had this skill before
     * @param nowCovered the household became covered with it
     */
    public record SkillRecorded(long householdId, long hamletId, boolean newToHousehold, boolean nowCovered) {}

    /** A household behind a hamlet's figures: who heads it, its members, covered or not, skills present. */
    public record HouseholdSkills(
            long householdId, String address, @Nullable String head, int members, boolean covered, Set<Skill> skills) {}

    /** A covered household: where, its head (0 when it has none) and since when. */
    public record CoveredHousehold(long householdId, long hamletId, long headPersonId, Instant coveredAt) {}

    /** One hamlet's households, covered households and households holding each skill. */
    public record HamletTally(long households, long covered, Map<Skill, Long> perSkill) {

        public HamletTally {
            Map<Skill, Long> all = new EnumMap<>(Skill.class);
            for (Skill skill : Skill.values()) {
                all.put(skill, perSkill.getOrDefault(skill, 0L));
            }
            perSkill = Map.copyOf(all);
        }
    }

    /**
     * Records that a learner became proficient in {@code skill}, holding {@code skillsNow}: their
     * household now has the skill, and is covered when {@link CoverageRule#covers} says so. Empty for
     * a learner without a household (a student, an official). Runs inside the transaction that
     * recorded the proficiency, so the facts and the figures commit together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<SkillRecorded> recordSkill(long personId, Skill skill, Instant at, Set<Skill> skillsNow) {
        return store.householdOf(personId).map(household -> {
            boolean newToHousehold = store.gainedSkill(household.householdId(), skill, at);
            boolean nowCovered = CoverageRule.covers(skillsNow) && store.covered(household.householdId(), at);
            return new SkillRecorded(household.householdId(), household.hamletId(), newToHousehold, nowCovered);
        });
    }

    /** The households of a hamlet in the signed-in person's area, not covered first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<HouseholdSkills> householdsIn(long hamletId) {
        if (!places.isWithin(hamletId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("hamlet outside the area");
        }
        return store.householdsIn(hamletId);
    }

    /** Households counted, and how many of them gained a skill they lacked. */
    public record Gains(long households, long gained) {}

    /**
     * Which households gained a skill none of their members had (a new {@code household_skill})
     * within {@code window} of a start, in some hamlets of the signed-in person's area: the
     * households in {@code startedAt} each from its own moment (a visit), every other household
     * registered before {@code registeredBefore} from {@code othersFrom}. A household already
     * covered at its start can gain nothing and is not counted.
     *
     * @return the households of {@code startedAt} first, then the others
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Gains> gainsWithin(
            Collection<Long> hamletIds,
            Map<Long, Instant> startedAt,
            Instant othersFrom,
            Instant registeredBefore,
            Duration window) {
        Set<Long> area = currentUser.require().getAreaPlaceIds();
        for (long hamlet : hamletIds) {
            if (!places.isWithin(hamlet, area)) {
                throw new AccessDeniedException("hamlet outside the area");
            }
        }
        if (hamletIds.isEmpty()) {
            return List.of(new Gains(0, 0), new Gains(0, 0));
        }
        return List.of(
                store.gainsOf(hamletIds, startedAt, window),
                store.gainsOfOthers(hamletIds, startedAt.keySet(), othersFrom, registeredBefore, window));
    }

    /**
     * The tally of every hamlet within a place of the signed-in admin's area as it stood just before
     * {@code asOf}, from the dated facts (as {@link #talliesAsOf} for everywhere): for a month's
     * report.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Map<Long, HamletTally> talliesWithin(long placeId, Instant asOf) {
        if (!places.isWithin(placeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("place outside the area");
        }
        return store.talliesOf(places.idsWithin(List.of(placeId), PlaceLevel.HAMLET), asOf);
    }

    /** How many households are covered, everywhere. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public long countCovered() {
        return store.countCovered();
    }

    /** Every covered household, for work done once at start. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<CoveredHousehold> coveredHouseholds() {
        return store.covered();
    }

    /**
     * Every hamlet's tally as it stood just before {@code asOf}, from the dated facts: households
     * registered before it, covered before it, with each skill before it (for the weekly figures).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public Map<Long, HamletTally> talliesAsOf(Instant asOf) {
        return store.tallies(asOf);
    }

    /**
     * {@link #talliesAsOf} at each of these moments (ascending), in one pass over the facts: for
     * filling in many weeks at once.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<Map<Long, HamletTally>> talliesAt(List<Instant> moments) {
        return store.talliesAt(moments);
    }

    /** When the first household still registered was registered; empty when none is. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<Instant> firstRegistered() {
        return store.firstRegistered();
    }

    /** How many households are registered, everywhere. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public long countHouseholds() {
        return store.countHouseholds();
    }

    /**
     * Recomputes every household's skills and covered date from the learners' proficiencies, and
     * returns the tally of every hamlet with households.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','PROVINCE_ADMIN')")
    public Map<Long, HamletTally> rebuild() {
        store.rebuild();
        return store.tallies();
    }
}

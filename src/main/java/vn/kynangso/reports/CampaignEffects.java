package vn.kynangso.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.people.HouseholdSkillService;
import vn.kynangso.people.HouseholdSkillService.Gains;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.visits.Campaign;
import vn.kynangso.visits.VisitService;
import vn.kynangso.visits.VisitService.CampaignReach;

/**
 * What door-to-door campaigns did: of the households a campaign met, how many gained a skill they
 * lacked within {@link #WINDOW} of the visit, against the campaign's other households (same
 * hamlets, registered by its last day, not met) within {@link #WINDOW} of its first day. Households
 * already covered at their start are not counted: they had nothing left to gain.
 */
@Service
public class CampaignEffects {

    /** How long after a visit a skill gained counts for it. */
    public static final Duration WINDOW = Duration.ofDays(30);

    /**
     * One campaign's effect in a place.
     *
     * @param counting the {@link #WINDOW} after some visit has not passed yet: the figures may grow
     */
    public record Effect(
            long campaignId,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            Gains visited,
            Gains notVisited,
            boolean counting) {}

    private final CoverageService coverage;
    private final VisitService visits;
    private final HouseholdSkillService skills;
    private final Clock clock;

    CampaignEffects(CoverageService coverage, VisitService visits, HouseholdSkillService skills, Clock clock) {
        this.coverage = coverage;
        this.visits = visits;
        this.skills = skills;
        this.clock = clock;
    }

    /**
     * Up to {@code newest} campaigns of a place in the signed-in person's area with days from
     * {@code from} to {@code to}, newest first; in a hamlet, counted over that hamlet's households.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Effect> in(long placeId, LocalDate from, LocalDate to, int newest) {
        Place place = coverage.mine(placeId);
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        return visits.reachIn(placeId, from, to, newest).stream()
                .map(reach -> effect(place, reach, today, zone))
                .toList();
    }

    private Effect effect(Place place, CampaignReach reach, LocalDate today, ZoneId zone) {
        Campaign campaign = reach.campaign();
        List<Long> hamlets = place.getLevel() == PlaceLevel.HAMLET
                ? campaign.hamletIds().stream().filter(h -> h == place.getId()).toList()
                : campaign.hamletIds();
        Map<Long, Instant> metFrom = new HashMap<>();
        reach.firstMet().forEach((household, day) -> metFrom.put(household, start(day, zone)));
        List<Gains> gains = skills.gainsWithin(
                hamlets,
                metFrom,
                start(campaign.startsOn(), zone),
                start(campaign.endsOn().plusDays(1), zone),
                WINDOW);
        LocalDate lastVisit =
                reach.firstMet().values().stream().max(LocalDate::compareTo).orElse(campaign.startsOn());
        boolean counting = today.isBefore(lastVisit.plusDays(WINDOW.toDays()))
                || today.isBefore(campaign.startsOn().plusDays(WINDOW.toDays()));
        return new Effect(
                campaign.id(),
                campaign.name(),
                campaign.startsOn(),
                campaign.endsOn(),
                gains.get(0),
                gains.get(1),
                counting);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}

package vn.kynangso.visits;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.Household;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PersonErased;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.visits.VisitException.Reason;

/**
 * Campaigns (a commune's door-to-door days over some hamlets) and visits to households: who went,
 * when, what came of it, which skills were guided, when to come back. Only inside one's area.
 */
@Service
public class VisitService {

    private final JdbcClient jdbc;
    private final PlaceService places;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountService accounts;

    VisitService(
            JdbcClient jdbc,
            PlaceService places,
            PeopleService people,
            CurrentUser currentUser,
            Clock clock,
            AccountService accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.places = places;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts a campaign over hamlets of one commune in the admin's area. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public long createCampaign(String name, LocalDate startsOn, LocalDate endsOn, Collection<Long> hamletIds) {
        if (name.isBlank()) {
            throw new VisitException(Reason.NO_NAME);
        }
        if (endsOn.isBefore(startsOn)) {
            throw new VisitException(Reason.BAD_DATES);
        }
        if (hamletIds.isEmpty()) {
            throw new VisitException(Reason.NO_HAMLETS);
        }
        Set<Long> communes = hamletIds.stream().map(this::communeOf).collect(Collectors.toSet());
        if (communes.size() != 1) {
            throw new VisitException(Reason.NO_HAMLETS);
        }
        hamletIds.forEach(this::checkArea);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO campaign (commune_id, name, starts_on, ends_on, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(
                        communes.iterator().next(),
                        name.strip(),
                        Date.valueOf(startsOn),
                        Date.valueOf(endsOn),
                        currentUser.require().getAccountId())
                .update(key);
        long id = key.getKey().longValue();
        for (long hamlet : hamletIds) {
            jdbc.sql("INSERT INTO campaign_hamlet (campaign_id, hamlet_id) VALUES (?, ?)")
                    .params(id, hamlet)
                    .update();
        }
        return id;
    }

    /** A campaign over any of the hamlets {@code :ids}. */
    private static final String IN_HAMLETS =
            "EXISTS (SELECT 1 FROM campaign_hamlet ch WHERE ch.campaign_id = c.id AND ch.hamlet_id IN (:ids))";

    /** Campaigns touching the signed-in person's hamlets, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Campaign> myCampaigns() {
        List<Long> hamlets = places.idsWithin(currentUser.require().getAreaPlaceIds(), PlaceLevel.HAMLET);
        if (hamlets.isEmpty()) {
            return List.of();
        }
        return campaigns(IN_HAMLETS, hamlets);
    }

    /**
     * Campaigns in one place of the signed-in person's area, newest first: those over a hamlet, a
     * commune's, or those of every commune within a province (or a district of old data).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Campaign> campaignsIn(long placeId) {
        if (!places.isWithin(placeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("place outside the area");
        }
        PlaceLevel level = places.find(placeId)
                .orElseThrow(() -> new AccessDeniedException("no such place"))
                .getLevel();
        return switch (level) {
            case HAMLET -> campaigns(IN_HAMLETS, List.of(placeId));
            case COMMUNE -> campaigns("c.commune_id IN (:ids)", List.of(placeId));
            case PROVINCE, DISTRICT -> {
                List<Long> communes = places.idsWithin(List.of(placeId), PlaceLevel.COMMUNE);
                yield communes.isEmpty() ? List.of() : campaigns("c.commune_id IN (:ids)", communes);
            }
        };
    }

    /**
     * The households a campaign met: each with the first day of the campaign someone there was at
     * home (a visit of any outcome but {@link VisitOutcome#NOT_HOME}).
     */
    public record CampaignReach(Campaign campaign, Map<Long, LocalDate> firstMet) {}

    /**
     * Up to {@code newest} campaigns in one place of the signed-in person's area (see {@link
     * #campaignsIn}) with days from {@code from} to {@code to} (both included) that have started,
     * newest first, each with the households it met.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<CampaignReach> reachIn(long placeId, LocalDate from, LocalDate to, int newest) {
        LocalDate today = LocalDate.now(clock);
        List<Campaign> started = campaignsIn(placeId).stream()
                .filter(c -> !c.startsOn().isAfter(today)
                        && !c.startsOn().isAfter(to)
                        && !c.endsOn().isBefore(from))
                .limit(newest)
                .toList();
        if (started.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, LocalDate>> met = new HashMap<>();
        jdbc.sql("""
                        SELECT campaign_id, household_id, MIN(visited_on) FROM visit
                        WHERE campaign_id IN (:ids) AND outcome <> 'NOT_HOME'
                        GROUP BY campaign_id, household_id
                        """).param("ids", started.stream().map(Campaign::id).toList()).query(rs -> {
            met.computeIfAbsent(rs.getLong(1), c -> new HashMap<>())
                    .put(rs.getLong(2), rs.getDate(3).toLocalDate());
        });
        return started.stream()
                .map(c -> new CampaignReach(c, Map.copyOf(met.getOrDefault(c.id(), Map.of()))))
                .toList();
    }

    private List<Campaign> campaigns(String where, Collection<Long> ids) {
        return jdbc.sql("""
                        SELECT c.id, c.name, c.starts_on, c.ends_on,
                               (SELECT GROUP_CONCAT(ch.hamlet_id) FROM campaign_hamlet ch WHERE ch.campaign_id = c.id),
                               (SELECT COUNT(*) FROM visit v WHERE v.campaign_id = c.id)
                        FROM campaign c
                        WHERE %s
                        ORDER BY c.starts_on DESC, c.id DESC
                        """.formatted(where))
                .param("ids", ids)
                .query((rs, n) -> new Campaign(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(),
                        Arrays.stream(rs.getString(5).split(","))
                                .map(Long::valueOf)
                                .toList(),
                        rs.getLong(6)))
                .list();
    }

    /**
     * Records a visit. Without a campaign, it joins the campaign running that day in the household's
     * hamlet, if any.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public long record(
            long householdId,
            LocalDate visitedOn,
            VisitOutcome outcome,
            Set<Skill> skills,
            @Nullable LocalDate nextVisitOn,
            @Nullable String note) {
        Household household = mine(householdId);
        if (visitedOn.isAfter(LocalDate.now(clock))) {
            throw new VisitException(Reason.FUTURE_VISIT);
        }
        if (nextVisitOn != null && nextVisitOn.isBefore(visitedOn)) {
            throw new VisitException(Reason.NEXT_BEFORE_VISIT);
        }
        Long campaign = myCampaigns().stream()
                .filter(c -> c.runsOn(visitedOn) && c.hamletIds().contains(household.getHamletId()))
                .map(Campaign::id)
                .findFirst()
                .orElse(null);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO visit (household_id, campaign_id, visited_on, outcome, skills, next_visit_on, note,
                                           account_id, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        householdId,
                        campaign,
                        Date.valueOf(visitedOn),
                        outcome.name(),
                        skills.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        nextVisitOn == null ? null : Date.valueOf(nextVisitOn),
                        note == null || note.isBlank() ? null : note.strip(),
                        currentUser.require().getAccountId(),
                        Timestamp.from(clock.instant()))
                .update(key);
        return key.getKey().longValue();
    }

    /** A household's visits, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Visit> visitsOf(long householdId) {
        mine(householdId);
        return read(householdId);
    }

    private List<Visit> read(long householdId) {
        List<Long> recordedBy = new ArrayList<>();
        List<Visit> visits = jdbc.sql("""
                        SELECT id, campaign_id, visited_on, outcome, skills, next_visit_on, note, account_id
                        FROM visit WHERE household_id = ? ORDER BY visited_on DESC, id DESC
                        """)
                .param(householdId)
                .query((rs, n) -> {
                    recordedBy.add(rs.getLong(8));
                    return new Visit(
                            rs.getLong(1),
                            householdId,
                            (Long) rs.getObject(2),
                            rs.getDate(3).toLocalDate(),
                            VisitOutcome.valueOf(rs.getString(4)),
                            skills(rs.getString(5)),
                            rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                            rs.getString(7),
                            "");
                })
                .list();
        Map<Long, String> visitors = accounts.displayNames(Set.copyOf(recordedBy));
        List<Visit> named = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            named.add(visits.get(i).recordedBy(visitors.getOrDefault(recordedBy.get(i), "")));
        }
        return named;
    }

    /** The visits to the signed-in person's own household, newest first (their own data). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Visit> myHouseholdVisits() {
        return currentUser
                .require()
                .getPersonId()
                .flatMap(people::householdPlaceOf)
                .map(h -> read(h.householdId()))
                .orElse(List.of());
    }

    /**
     * A member of a household had their data erased: the notes of its visits may name them (they
     * are free text), so they are cleared; dates, outcomes and skills stay. Runs in the erasing
     * transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonErased event) {
        if (event.householdId() != null) {
            jdbc.sql("UPDATE visit SET note = NULL WHERE household_id = ?")
                    .param(event.householdId())
                    .update();
        }
    }

    /** The household's address, for the visit screen's title. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public String householdAddress(long householdId) {
        return mine(householdId).getAddress();
    }

    private static Set<Skill> skills(String stored) {
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        if (!stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(Skill::valueOf).forEach(skills::add);
        }
        return skills;
    }

    private Household mine(long householdId) {
        Household household = people.household(householdId).orElseThrow(() -> new AccessDeniedException("household"));
        if (!places.isWithin(household.getHamletId(), currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("household outside the area");
        }
        return household;
    }

    private void checkArea(long placeId) {
        if (!places.isWithin(placeId, currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("place outside the area");
        }
    }

    private long communeOf(long hamletId) {
        return places.communeOf(hamletId).orElseThrow(() -> new VisitException(Reason.NO_HAMLETS));
    }
}

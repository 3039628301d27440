package vn.kynangso.people;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.PhoneNumbers;

/** Households and the people in them. */
@Service
public class PeopleService {

    private final HouseholdRepository households;
    private final PersonRepository people;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final PlaceService places;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    PeopleService(
            HouseholdRepository households,
            PersonRepository people,
            Clock clock,
            ApplicationEventPublisher events,
            PlaceService places,
            CurrentUser currentUser,
            JdbcClient jdbc) {
        this.households = households;
        this.people = people;
        this.places = places;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Registers a household in a hamlet. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Household registerHousehold(long hamletId, String address) {
        Household household = households.save(new Household(hamletId, address.strip(), clock.instant()));
        events.publishEvent(new HouseholdRegistered(household.getId(), hamletId));
        return household;
    }

    /** Adds a member to a household; the first member becomes its head. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Person addMember(long householdId, String fullName, @Nullable Integer birthYear, @Nullable String phone) {
        Household household = households.findById(householdId).orElseThrow();
        Person person = people.save(new Person(
                householdId,
                household.getHamletId(),
                fullName.strip(),
                birthYear,
                phone == null ? null : PhoneNumbers.normalize(phone).orElse(null),
                clock.instant()));
        if (household.getHeadPersonId() == null) {
            household.setHeadPersonId(person.getId());
        }
        return person;
    }

    /** Records a person who belongs to a place but not to a registered household (an official, a student). */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Person registerPerson(long placeId, String fullName, @Nullable Integer birthYear) {
        return people.save(new Person(null, placeId, fullName.strip(), birthYear, null, clock.instant()));
    }

    /**
     * Records a student a teacher listed for their class: no household yet (one is linked later, by
     * the household's team), belonging to the class's commune, which must be one the teacher teaches
     * in (of their area, or the one their area lies in). The caller has checked the class is theirs.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public Person registerStudent(
            long communeId, String fullName, @Nullable Integer birthYear, @Nullable String phone) {
        currentUser.get().ifPresent(user -> {
            boolean teaches = places.isWithin(communeId, user.getAreaPlaceIds())
                    || user.getAreaPlaceIds().stream()
                            .anyMatch(area -> places.communeOf(area).equals(Optional.of(communeId)));
            if (!teaches) {
                throw new AccessDeniedException("commune outside the area");
            }
        });
        return people.save(new Person(
                null,
                communeId,
                fullName.strip(),
                birthYear,
                phone == null ? null : PhoneNumbers.normalize(phone).orElse(null),
                clock.instant()));
    }

    /** Where a household is, by ids only: what summaries need, nothing about the people in it. */
    public record HouseholdPlace(long householdId, long hamletId) {}

    /** The household (and its hamlet) a person belongs to, if any; ids only, so any caller may ask. */
    @Transactional(readOnly = true)
    public Optional<HouseholdPlace> householdPlaceOf(long personId) {
        return people.findById(personId)
                .map(Person::getHouseholdId)
                .flatMap(households::findById)
                .map(h -> new HouseholdPlace(h.getId(), h.getHamletId()));
    }

    /** A household, for the team and admins of its area (and the application itself). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<Household> household(long householdId) {
        Optional<Household> household = households.findById(householdId);
        household.ifPresent(h -> checkArea(h.getHamletId()));
        return household;
    }

    /** A hamlet's households, for the team and admins of its area (and the application itself). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Household> householdsIn(long hamletId) {
        checkArea(hamletId);
        return households.findByHamletIdOrderById(hamletId);
    }

    /** A household's members, for the team and admins of its area (and the application itself). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Person> members(long householdId) {
        households.findById(householdId).ifPresent(h -> checkArea(h.getHamletId()));
        return people.findByHouseholdIdOrderById(householdId);
    }

    /** Whom a certificate names: a person's name, birth year and place. */
    public record Holder(
            long personId, String fullName, @Nullable Integer birthYear, long placeId) {}

    /** A household as its certificate names it: its head, address and hamlet. */
    public record HouseholdHolder(long householdId, String headName, String address, long hamletId) {}

    /**
     * A person's name for their own certificate: for the person themselves, their area's team and
     * admins, or the application. Plain reads: this runs inside the transaction that records a
     * completion.
     */
    @Transactional(readOnly = true)
    public Optional<Holder> holder(long personId) {
        return jdbc.sql("SELECT id, full_name, birth_year, place_id FROM person WHERE id = ?")
                .param(personId)
                .query((rs, n) -> new Holder(
                        rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class), rs.getLong(4)))
                .optional()
                .map(holder -> {
                    if (!isMe(personId)) {
                        checkArea(holder.placeId());
                    }
                    return holder;
                });
    }

    /**
     * Those of {@code personIds} who live in one of {@code placeIds}, by name: for a feature that has
     * chosen whom to list (a commune's officials). Each is the caller or in the caller's area.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICIAL','COMMUNE_ADMIN','PROVINCE_ADMIN','SYSTEM')")
    public List<Holder> holdersIn(Collection<Long> personIds, Collection<Long> placeIds) {
        if (personIds.isEmpty() || placeIds.isEmpty()) {
            return List.of();
        }
        List<Holder> holders = jdbc.sql("SELECT id, full_name, birth_year, place_id FROM person"
                        + " WHERE id IN (:persons) AND place_id IN (:places) ORDER BY full_name")
                .param("persons", personIds)
                .param("places", placeIds)
                .query((rs, n) -> new Holder(
                        rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class), rs.getLong(4)))
                .list();
        holders.stream()
                .filter(h -> !isMe(h.personId()))
                .map(Holder::placeId)
                .distinct()
                .forEach(this::checkArea);
        return holders;
    }

    /**
     * The names of people another feature has let in by their own act, wherever they live (the
     * students who joined a class with its code): for that class's teacher or an admin. The caller
     * has checked that it may list these people; no area is checked here.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Map<Long, String> namesOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, full_name FROM person WHERE id IN (:persons)")
                .param("persons", personIds)
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /**
     * Names and birth years of people another feature has let in ({@link #namesOf}'s rule): a class's
     * students, to tell whether a listed student is already in the class. The caller has checked
     * that it may list these people.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Holder> holdersOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, full_name, birth_year, place_id FROM person WHERE id IN (:persons)")
                .param("persons", personIds)
                .query((rs, n) -> new Holder(
                        rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class), rs.getLong(4)))
                .list();
    }

    /** A household's head and address: for its members, its area's team and admins, or the application. */
    @Transactional(readOnly = true)
    public Optional<HouseholdHolder> householdHolder(long householdId) {
        Long me = currentUser.get().flatMap(u -> u.getPersonId()).orElse(null);
        return jdbc.sql("""
                        SELECT h.id, COALESCE(head.full_name, ''), h.address, h.hamlet_id,
                               EXISTS (SELECT 1 FROM person m WHERE m.household_id = h.id AND m.id = ?)
                        FROM household h LEFT JOIN person head ON head.id = h.head_person_id
                        WHERE h.id = ?
                        """)
                .params(me == null ? -1L : me, householdId)
                .query((rs, n) -> {
                    HouseholdHolder holder =
                            new HouseholdHolder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));
                    if (!rs.getBoolean(5)) {
                        checkArea(holder.hamletId());
                    }
                    return holder;
                })
                .optional();
    }

    private boolean isMe(long personId) {
        return currentUser
                .get()
                .flatMap(u -> u.getPersonId())
                .map(id -> id == personId)
                .orElse(false);
    }

    /** People acting for themselves must work in the place; the application itself (no person) may read anywhere. */
    private void checkArea(long placeId) {
        currentUser.get().ifPresent(user -> {
            if (!places.isWithin(placeId, user.getAreaPlaceIds())) {
                throw new AccessDeniedException("outside the area");
            }
        });
    }

    /** Households registered in these hamlets. */
    @Transactional(readOnly = true)
    public long countHouseholds(Collection<Long> hamletIds) {
        return hamletIds.isEmpty() ? 0 : households.countByHamletIdIn(hamletIds);
    }

    /** Households and people registered in one hamlet. */
    public record HamletCounts(long households, long people) {}

    /** Registered households and people per hamlet; hamlets with nobody registered map to zeros. */
    @Transactional(readOnly = true)
    public Map<Long, HamletCounts> countsPerHamlet(Collection<Long> hamletIds) {
        if (hamletIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> householdCounts = toMap(households.countPerHamlet(hamletIds));
        Map<Long, Long> peopleCounts = toMap(people.countPerPlace(hamletIds));
        Map<Long, HamletCounts> result = new HashMap<>();
        for (Long id : hamletIds) {
            result.put(id, new HamletCounts(householdCounts.getOrDefault(id, 0L), peopleCounts.getOrDefault(id, 0L)));
        }
        return result;
    }

    private static Map<Long, Long> toMap(List<Object[]> rows) {
        Map<Long, Long> map = new HashMap<>();
        for (Object[] row : rows) {
            map.put((Long) row[0], (Long) row[1]);
        }
        return map;
    }

    /** People who belong to these places. */
    @Transactional(readOnly = true)
    public long countPeople(Collection<Long> placeIds) {
        return placeIds.isEmpty() ? 0 : people.countByPlaceIdIn(placeIds);
    }
}

package vn.kynangso.people;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.people.HouseholdException.Reason;
import vn.kynangso.people.HouseholdService.NewHousehold;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.places.Place;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountRecords;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.PhoneNumbers;

/**
 * A person's rights over what is held about them (PDPL 91/2025/QH15): what the people module
 * holds about them, a correction of it, and erasure, which anonymises them everywhere in one
 * transaction (the learning records and certificates stay, naming nobody).
 */
@Service
public class PersonalDataService {

    /** What an erased person's name reads everywhere it used to appear. */
    public static final String ERASED_NAME = "Người dùng đã xoá";

    /** A household's address once nobody named is left in it. */
    public static final String ERASED_ADDRESS = "Địa chỉ đã xoá";

    private final PersonRepository persons;
    private final HouseholdRepository households;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final ConsentService consents;
    private final SensitiveFlags flags;
    private final AccountRecords accounts;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;

    PersonalDataService(
            PersonRepository persons,
            HouseholdRepository households,
            PlaceService places,
            CurrentUser currentUser,
            ConsentService consents,
            SensitiveFlags flags,
            AccountRecords accounts,
            ApplicationEventPublisher events,
            Validator validator,
            Clock clock) {
        this.persons = persons;
        this.households = households;
        this.places = places;
        this.currentUser = currentUser;
        this.consents = consents;
        this.flags = flags;
        this.accounts = accounts;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /** A person as the people module holds them. */
    public record Subject(
            long personId,
            String fullName,
            @Nullable Integer birthYear,
            @Nullable String phone,
            long placeId,
            String placeName,
            Instant registeredAt,
            @Nullable Long householdId,
            @Nullable String address,
            boolean erased) {}

    /** A member of the signed-in person's household, as far as they may see them. */
    public record HouseholdMember(String fullName, @Nullable Integer birthYear, boolean head, boolean me) {}

    /**
     * What a commune admin corrects at a person's request; {@code address} is their household's.
     * The same limits as registering ({@link NewMember}, {@link NewHousehold}).
     */
    public record Correction(
            @NotBlank(message = "household.error.no-name")
            @Size(max = NewMember.MAX_NAME_LENGTH, message = "household.error.too-long")
            String fullName,

            @Nullable Integer birthYear,
            @PhoneNumber @Nullable String phone,

            @Size(min = 1, max = NewHousehold.MAX_ADDRESS_LENGTH, message = "household.error.too-long") @Nullable
            String address) {}

    /** One thing a correction changed. {@code field}: full-name, birth-year, phone or address. */
    public record Change(
            String field, @Nullable String before, @Nullable String after) {}

    /** The signed-in person's own record, if they are a person (staff accounts may not be). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Subject> me() {
        return currentUser.require().getPersonId().flatMap(persons::findById).map(this::subject);
    }

    /** Who lives in the signed-in person's household: names and birth years only, head first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HouseholdMember> myHouseholdMembers() {
        Optional<Person> me = currentUser.require().getPersonId().flatMap(persons::findById);
        if (me.isEmpty() || me.get().getHouseholdId() == null) {
            return List.of();
        }
        Household household = households.findById(me.get().getHouseholdId()).orElseThrow();
        return persons.findByHouseholdIdOrderById(household.getId()).stream()
                .sorted((a, b) -> Boolean.compare(
                        b.getId().equals(household.getHeadPersonId()), a.getId().equals(household.getHeadPersonId())))
                .map(p -> new HouseholdMember(
                        p.getFullName(),
                        p.getBirthYear(),
                        p.getId().equals(household.getHeadPersonId()),
                        p.getId().equals(me.get().getId())))
                .toList();
    }

    /** People in the signed-in team member's or admin's area, by id; refused if any is outside it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Map<Long, Subject> inMyArea(Collection<Long> personIds) {
        Map<Long, Subject> found = new HashMap<>();
        for (Person person : persons.findAllById(Set.copyOf(personIds))) {
            checkArea(person);
            found.put(person.getId(), subject(person));
        }
        if (found.size() != Set.copyOf(personIds).size()) {
            throw new AccessDeniedException("person");
        }
        return found;
    }

    /**
     * Corrects a person's name, birth year and phone number, and their household's address, at
     * their request: for the commune or province admin of their area. Their account's name follows.
     * Returns what changed.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Change> correct(long personId, Correction correction) {
        Person person = persons.findById(personId).orElseThrow(() -> new AccessDeniedException("person"));
        checkArea(person);
        if (person.isErased()) {
            throw new AccessDeniedException("person erased");
        }
        Correction clean = new Correction(
                correction.fullName().strip().replaceAll("\\s+", " "),
                correction.birthYear(),
                correction.phone(),
                correction.address() == null ? null : correction.address().strip());
        check(clean);
        String name = clean.fullName();
        Integer year = clean.birthYear();
        String phone = clean.phone() == null || clean.phone().isBlank()
                ? null
                : PhoneNumbers.normalize(clean.phone()).orElseThrow();
        List<Change> changes = new ArrayList<>();
        change(changes, "full-name", person.getFullName(), name);
        change(changes, "birth-year", str(person.getBirthYear()), str(year));
        change(changes, "phone", person.getPhone(), phone);
        person.correct(name, year, phone);
        if (person.getHouseholdId() != null && clean.address() != null) {
            String address = clean.address();
            Household household = households.findById(person.getHouseholdId()).orElseThrow();
            change(changes, "address", household.getAddress(), address);
            household.setAddress(address);
        }
        if (changes.stream().anyMatch(c -> c.field().equals("full-name"))) {
            accounts.renameAccountOf(personId, name);
        }
        return changes;
    }

    /**
     * Refuses a correction outside the limits of registering, with the reason the request screen
     * shows ({@link HouseholdException}).
     */
    private void check(Correction correction) {
        Set<String> wrong = new HashSet<>();
        validator
                .validate(correction)
                .forEach(v -> wrong.add(v.getPropertyPath().toString()));
        Integer year = correction.birthYear();
        if (wrong.contains("fullName")) {
            throw new HouseholdException(Reason.NO_NAME, 0);
        }
        if (year != null && !NewMember.isBirthYear(year, Year.now(clock))) {
            throw new HouseholdException(Reason.BAD_BIRTH_YEAR, 0);
        }
        if (wrong.contains("phone")) {
            throw new HouseholdException(Reason.BAD_PHONE, 0);
        }
        if (wrong.contains("address")) {
            throw new HouseholdException(Reason.NO_ADDRESS, -1);
        }
    }

    /**
     * Erases a person at their request: for the commune or province admin of their area. Their name
     * becomes {@link #ERASED_NAME}, birth year and phone are cleared, their account is closed, the
     * consents they gave are withdrawn, their household's disability flag is cleared (it may concern
     * them), and when nobody named is left the household's address and poverty status go too.
     * Learning records stay under the same (now anonymous) person, so the commune's figures do not
     * change; {@link PersonErased} lets certificates, closed evaluations and visit notes drop the
     * name in the same transaction. Erasing someone already erased does nothing.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void erase(long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> new AccessDeniedException("person"));
        checkArea(person);
        if (person.isErased()) {
            return;
        }
        Instant now = clock.instant();
        person.erase(ERASED_NAME, now);
        Long householdId = person.getHouseholdId();
        boolean wasHead = false;
        boolean emptied = false;
        if (householdId != null) {
            Household household = households.findById(householdId).orElseThrow();
            consents.forgetGiver(household, personId, ERASED_NAME);
            List<Person> others = persons.findByHouseholdIdOrderById(householdId).stream()
                    .filter(p -> !p.isErased())
                    .toList();
            wasHead = Objects.equals(household.getHeadPersonId(), personId);
            emptied = others.isEmpty();
            if (wasHead && !emptied) {
                household.setHeadPersonId(others.getFirst().getId()); // the household certificate's next name
            }
            flags.set(household, false, emptied ? Poverty.NONE : household.poverty());
            if (emptied) {
                household.setAddress(ERASED_ADDRESS);
            }
        }
        accounts.closeAccountOf(personId, ERASED_NAME);
        events.publishEvent(new PersonErased(personId, householdId, wasHead, emptied, now));
    }

    private Subject subject(Person person) {
        Household household = person.getHouseholdId() == null
                ? null
                : households.findById(person.getHouseholdId()).orElse(null);
        return new Subject(
                person.getId(),
                person.getFullName(),
                person.getBirthYear(),
                person.getPhone(),
                person.getPlaceId(),
                places.find(person.getPlaceId()).map(Place::getName).orElse(""),
                person.getCreatedAt(),
                person.getHouseholdId(),
                household == null ? null : household.getAddress(),
                person.isErased());
    }

    private void checkArea(Person person) {
        if (!places.isWithin(person.getPlaceId(), currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("person outside the area");
        }
    }

    private static void change(List<Change> changes, String field, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private static @Nullable String str(@Nullable Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}

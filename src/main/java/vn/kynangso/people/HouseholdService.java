package vn.kynangso.people;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.kynangso.people.ConsentService.NewConsent;
import vn.kynangso.people.HouseholdException.Reason;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.PhoneNumbers;
import vn.kynangso.security.SharedBuckets;
import vn.kynangso.security.SignedInUser;

/**
 * Team members' registration of households in their hamlets, with duplicate warnings and the
 * household's consent, and the sensitive priority flags (disability, poverty): read and changed only
 * by the hamlet's team and its commune or province admins, every change and every read recorded.
 */
@Service
@Validated
public class HouseholdService {

    /** Age from which a member counts as elderly (người cao tuổi). */
    public static final int ELDERLY_AGE = 60;

    private final PeopleService people;
    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final LoginCards cards;
    private final ConsentService consents;
    private final SensitiveFlags flags;
    private final Validator validator;
    private final List<StudentsInClasses> students;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final SharedBuckets buckets;

    /**
     * Phone look-ups per account: a phone already registered outside one's area is only said to
     * exist, and even that must not become a directory of who has which number.
     */
    private static final BucketConfiguration PHONE_LOOKUP_LIMIT =
            SharedBuckets.gradually(HouseholdService.PHONE_LOOKUPS_PER_HOUR, Duration.ofHours(1));

    static final int PHONE_LOOKUPS_PER_HOUR = 60;

    static final String PHONE_LOOKUPS = "phone-lookup";

    HouseholdService(
            PeopleService people,
            HouseholdRepository households,
            PersonRepository persons,
            PlaceService places,
            CurrentUser currentUser,
            AccountService accounts,
            LoginCards cards,
            ConsentService consents,
            SensitiveFlags flags,
            Validator validator,
            List<StudentsInClasses> students,
            ApplicationEventPublisher events,
            Clock clock,
            SharedBuckets buckets) {
        this.students = students;
        this.events = events;
        this.people = people;
        this.households = households;
        this.persons = persons;
        this.places = places;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.cards = cards;
        this.consents = consents;
        this.flags = flags;
        this.validator = validator;
        this.clock = clock;
        this.buckets = buckets;
    }

    /**
     * A household member to register. Its constraints are the limits the registration form, an
     * import and the service all check; their messages are translation keys ({@code {0}}: the
     * limit). The birth year's range depends on today, so it is {@link #isBirthYear}.
     */
    public record NewMember(
            @NotBlank(message = "household.error.no-name")
            @Size(max = MAX_NAME_LENGTH, message = "household.error.too-long")
            String fullName,

            @Nullable Integer birthYear,
            @PhoneNumber @Nullable String phone) {

        /** The longest name kept ({@code person.full_name}). */
        public static final int MAX_NAME_LENGTH = 200;

        /** The earliest birth year taken as real. */
        public static final int FIRST_BIRTH_YEAR = 1900;

        /** Whether {@code year} can be a living person's birth year in {@code thisYear}. */
        public static boolean isBirthYear(int year, Year thisYear) {
            return year >= FIRST_BIRTH_YEAR && year <= thisYear.getValue();
        }
    }

    /**
     * A household to register. {@code consent} is what the household agreed to after reading the
     * notice; without consent to {@link ConsentPurpose#DISABILITY}, {@code disability} is not saved.
     * Its constraints, like {@link NewMember}'s, are the limits every way in checks.
     */
    public record NewHousehold(
            long hamletId,

            @NotBlank(message = "household.error.no-address")
            @Size(max = MAX_ADDRESS_LENGTH, message = "household.error.too-long")
            String address,

            @NotEmpty(message = "household.error.no-members")
            List<@Valid NewMember> members,

            boolean disability,
            Poverty poverty,
            @Valid @Nullable NewConsent consent) {

        /** The longest address kept ({@code household.address}). */
        public static final int MAX_ADDRESS_LENGTH = 300;

        /** A household registered without any consent recorded (its disability flag is then not saved). */
        public NewHousehold(
                long hamletId, String address, List<NewMember> members, boolean disability, Poverty poverty) {
            this(hamletId, address, members, disability, poverty, null);
        }
    }

    /**
     * Someone already registered who may be the same person. For a phone registered outside the
     * signed-in person's area ({@link Kind#SAME_PHONE_ELSEWHERE}) nothing about the person is given:
     * name, birth year and address are empty.
     */
    public record Duplicate(
            int member, Kind kind, String name, @Nullable Integer birthYear, String address) {
        public enum Kind {
            SAME_NAME_AND_YEAR,
            SAME_PHONE,
            SAME_PHONE_ELSEWHERE
        }
    }

    /**
     * A household's priority for door-to-door work: the product asks teams to help the elderly,
     * people with disabilities, and poor and near-poor households first. Sensitive.
     *
     * @param elderly some member is {@link #isElderly elderly}
     */
    public record Priority(boolean elderly, boolean disability, Poverty poverty) {

        /**
         * The one rule for "elderly" (người cao tuổi): {@value #ELDERLY_AGE} or older in {@code year},
         * counted by birth year alone (that is all a household list records). Nobody without a birth
         * year counts as elderly.
         */
        public static boolean isElderly(@Nullable Integer birthYear, Year year) {
            return birthYear != null && year.getValue() - birthYear >= ELDERLY_AGE;
        }

        /**
         * Who to help first, highest first: a disability weighs 4, a poor household 3, a near-poor
         * one 2, an elderly member 1, added up.
         */
        public int rank() {
            int rank = disability ? 4 : 0;
            rank += switch (poverty) {
                case POOR -> 3;
                case NEAR_POOR -> 2;
                case NONE -> 0;
            };
            return rank + (elderly ? 1 : 0);
        }
    }

    /**
     * A household not covered yet, as door-to-door work needs it: its members (head first) and its
     * priority flags.
     */
    public record HouseholdToHelp(
            long householdId, long hamletId, String address, Priority priority, List<Member> members) {

        /** A member: who to help; an erased member is kept as a placeholder. */
        public record Member(
                long personId, String name, @Nullable Integer birthYear) {}
    }

    /**
     * People already registered who look like the new members: {@link SamePerson possibly the same
     * person} (same hamlet, birth year and name, accents aside), or the same phone number anywhere.
     * Warnings only: a team member may still register.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Duplicate> duplicates(@Valid NewHousehold request) {
        checkArea(request.hamletId());
        List<Duplicate> found = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            NewMember member = request.members().get(i);
            int index = i;
            Optional<String> key = SamePerson.key(request.hamletId(), member.fullName(), member.birthYear());
            if (key.isPresent()) {
                persons.findByPlaceIdAndBirthYear(request.hamletId(), member.birthYear()).stream()
                        .filter(p -> key.equals(SamePerson.key(p.getPlaceId(), p.getFullName(), p.getBirthYear())))
                        .forEach(p -> found.add(duplicate(index, Duplicate.Kind.SAME_NAME_AND_YEAR, p)));
            }
            Optional<String> phone = Optional.ofNullable(member.phone()).flatMap(PhoneNumbers::normalize);
            if (phone.isPresent()) {
                countPhoneLookup();
                boolean elsewhere = false;
                for (Person p : persons.findByPhone(phone.get())) {
                    if (inArea(p.getPlaceId())) {
                        found.add(duplicate(index, Duplicate.Kind.SAME_PHONE, p));
                    } else {
                        elsewhere = true;
                    }
                }
                if (elsewhere) {
                    found.add(new Duplicate(index, Duplicate.Kind.SAME_PHONE_ELSEWHERE, "", null, ""));
                }
            }
        }
        return found;
    }

    private void countPhoneLookup() {
        Bucket bucket = buckets.bucket(
                PHONE_LOOKUPS, Long.toString(currentUser.require().getAccountId()), PHONE_LOOKUP_LIMIT);
        if (!bucket.tryConsume(1)) {
            throw new HouseholdException(Reason.TOO_MANY_LOOKUPS, -1);
        }
    }

    /**
     * Registers a household and its members (the first is the head) with the consent it gave and its
     * priority flags. A consent given here must include the learning records; disability is saved
     * only when the household agreed to it (health data is not kept without consent).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Household register(@Valid NewHousehold request) {
        checkArea(request.hamletId());
        return registerInArea(request, Consent.Method.IN_PERSON, null);
    }

    /**
     * {@link #register} for a caller that has checked the hamlet is in the signed-in person's area
     * (an import): the same limits, checked here since this call is not proxied.
     */
    Household registerInArea(NewHousehold request, Consent.Method method, @Nullable String consentNote) {
        Set<ConstraintViolation<NewHousehold>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        validate(request);
        Household household = people.registerHousehold(request.hamletId(), request.address());
        for (NewMember member : request.members()) {
            people.addMember(household.getId(), member.fullName(), member.birthYear(), member.phone());
        }
        if (request.consent() != null) {
            consents.record(household, request.consent(), method, consentNote);
        }
        boolean disability = request.disability() && consents.has(household.getId(), ConsentPurpose.DISABILITY);
        flags.set(household, disability, request.poverty());
        return household;
    }

    /**
     * A login card for a household member: creates a resident login when the person has none
     * (returning its 8-digit password once), else only a new one-time sign-in link, which voids the
     * earlier ones. Never for an account that holds more than learner roles (a card signs in
     * without a password): {@link vn.kynangso.security.AccountException.Reason#CARD_NOT_FOR_STAFF}.
     * Each link records who issued it, for whom and when.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public LoginCard loginCard(long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> new AccessDeniedException("person"));
        if (person.getHouseholdId() == null || !inArea(person.getPlaceId()) || person.isErased()) {
            throw new AccessDeniedException("person outside the area");
        }
        Optional<String> existing = accounts.loginOfPerson(personId);
        if (existing.isPresent()) {
            String token = accounts.newLoginLink(personId).orElseThrow();
            return cards.again(person.getFullName(), existing.get(), token);
        }
        return cards.created(
                person.getFullName(), accounts.createResidentLogin(personId, person.getFullName(), person.getPhone()));
    }

    /**
     * A new password on a new login card for a household member who forgot theirs: the card shows the
     * new password (as a first card does); the old password, the earlier cards' links and the
     * member's open sessions stop working. Only for a learner-only account ({@link
     * vn.kynangso.security.AccountException.Reason#CARD_NOT_FOR_STAFF} otherwise); recorded with who
     * reset it and when.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public LoginCard resetPassword(long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> new AccessDeniedException("person"));
        if (person.getHouseholdId() == null || !inArea(person.getPlaceId()) || person.isErased()) {
            throw new AccessDeniedException("person outside the area");
        }
        return cards.created(person.getFullName(), accounts.resetResidentPassword(personId));
    }

    /** A login card the caller holds (just made), as an A4 sheet to print or keep: one card on it. */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public byte[] cardSheet(LoginCard card, Locale locale) {
        return cards.sheet(List.of(card), card.name(), locale);
    }

    /** A student a teacher enrolled who may be the member the team is about to add. */
    public record StudentMatch(
            long personId, String name, @Nullable Integer birthYear, String schoolClass) {}

    /**
     * Students of a class in the household's commune who are in no household yet and are {@link
     * SamePerson possibly the same person} as the name and birth year the team member typed: to add
     * as a member instead of registering the child twice. Nothing is listed without a birth year,
     * and only students matching what was typed are shown.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<StudentMatch> studentsLike(long householdId, String fullName, @Nullable Integer birthYear) {
        Household household = mine(householdId);
        Optional<String> key = SamePerson.key(0, fullName, birthYear);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Person> alike =
                persons.findByHouseholdIdIsNullAndPlaceIdInAndBirthYear(placesOfCommune(household), birthYear).stream()
                        .filter(p -> !p.isErased() && key.equals(SamePerson.key(0, p.getFullName(), p.getBirthYear())))
                        .toList();
        Map<Long, String> inClasses =
                classesOf(alike.stream().map(Person::getId).toList());
        return alike.stream()
                .filter(p -> inClasses.containsKey(p.getId()))
                .map(p -> new StudentMatch(p.getId(), p.getFullName(), p.getBirthYear(), inClasses.get(p.getId())))
                .toList();
    }

    /**
     * Adds a student of a class in the household's commune, in no household yet, as a member: they
     * now live in the household's hamlet, and the skills they hold (and gain) count for the
     * household's coverage ({@link MemberAdded}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void addStudent(long householdId, long personId) {
        Household household = mine(householdId);
        Person person = persons.findById(personId).orElseThrow(() -> new AccessDeniedException("person"));
        if (person.getHouseholdId() != null
                || person.isErased()
                || !placesOfCommune(household).contains(person.getPlaceId())
                || !classesOf(List.of(personId)).containsKey(personId)) {
            throw new AccessDeniedException("not a student to add here");
        }
        person.joinHousehold(household.getId(), household.getHamletId());
        persons.flush(); // the coverage listeners read the membership with plain SQL
        events.publishEvent(new MemberAdded(personId, household.getId(), household.getHamletId(), clock.instant()));
    }

    /** The household's commune and every place in it (a student belongs to the commune of their class). */
    private List<Long> placesOfCommune(Household household) {
        long commune = places.communeOf(household.getHamletId()).orElse(household.getHamletId());
        List<Long> ids = new ArrayList<>(places.idsWithin(List.of(commune), PlaceLevel.HAMLET));
        ids.add(commune);
        return ids;
    }

    private Map<Long, String> classesOf(List<Long> personIds) {
        Map<Long, String> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            students.forEach(s -> found.putAll(s.classesOf(personIds)));
        }
        return found;
    }

    /**
     * Starts helping a household member learn on the helper's device (a team member at their side):
     * returns the sign-in to switch to, under which learning is recorded as the member's own with the
     * helper noted.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Authentication startHelping(long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> new AccessDeniedException("person"));
        if (person.getHouseholdId() == null || !inArea(person.getPlaceId()) || person.isErased()) {
            throw new AccessDeniedException("person outside the area");
        }
        return accounts.startHelping(personId, person.getFullName());
    }

    /**
     * What to print for a resident: name, how to sign in, and the one-time link for the QR code
     * (built from the app's public address, {@code KNS_PUBLIC_URL}).
     */
    public record LoginCard(
            String name, String login, @Nullable String password, String link) {}

    /**
     * A household's members with their logins (if any) and its priority flags, for those who may see
     * the household. The read of the flags is logged.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public HouseholdDetails details(long householdId) {
        Household household = mine(householdId);
        showFlags(List.of(household), FlagAccess.Screen.HOUSEHOLD);
        List<MemberDetails> members = persons.findByHouseholdIdOrderById(householdId).stream()
                .map(p -> new MemberDetails(
                        p.getId(),
                        p.getFullName(),
                        p.getBirthYear(),
                        p.isErased() ? null : accounts.loginOfPerson(p.getId()).orElse(null),
                        !p.isErased() && accounts.cardAllowed(p.getId()),
                        p.isErased()))
                .toList();
        return new HouseholdDetails(
                household.getId(), household.getHamletId(), household.getAddress(), members, priorityOf(household));
    }

    /** A household member; {@code cardAllowed} is false when their account holds more than learner roles. */
    /** A member as the household's page shows them; an erased member is kept only as a placeholder. */
    public record MemberDetails(
            long personId,
            String name,
            @Nullable Integer birthYear,
            @Nullable String login,
            boolean cardAllowed,
            boolean erased) {}

    public record HouseholdDetails(
            long id, long hamletId, String address, List<MemberDetails> members, Priority priority) {}

    /** The household's priority flags, for those who may see them. The read is logged. */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Priority priority(long householdId) {
        Household household = mine(householdId);
        showFlags(List.of(household), FlagAccess.Screen.HOUSEHOLD);
        return priorityOf(household);
    }

    /**
     * The priority flags of many households at once (a work list), for those who may see every one
     * of them; each household's read is logged.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Map<Long, Priority> priorities(Collection<Long> householdIds, FlagAccess.Screen screen) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        List<Household> found = households.findAllById(Set.copyOf(householdIds));
        if (found.size() != Set.copyOf(householdIds).size()) {
            throw new AccessDeniedException("household outside the area");
        }
        showFlags(found, screen);
        Map<Long, List<Person>> members = membersOf(found);
        Map<Long, Priority> result = new HashMap<>();
        for (Household household : found) {
            result.put(household.getId(), priorityOf(household, members.getOrDefault(household.getId(), List.of())));
        }
        return result;
    }

    /**
     * The households in the signed-in person's hamlets that are not covered yet and have members,
     * with their members and priority flags; each household's read is logged as seen on {@code screen}. Unordered: the
     * order to visit them in is the caller's.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<HouseholdToHelp> notCoveredInMyArea(FlagAccess.Screen screen) {
        List<Long> hamlets = places.idsWithin(currentUser.require().getAreaPlaceIds(), PlaceLevel.HAMLET);
        if (hamlets.isEmpty()) {
            return List.of();
        }
        List<Household> notCovered = households.findByHamletIdInAndCoveredAtIsNullOrderById(hamlets);
        Map<Long, List<Person>> members = membersOf(notCovered);
        // a household nobody was registered in has nobody to help
        List<Household> found =
                notCovered.stream().filter(h -> members.containsKey(h.getId())).toList();
        showFlags(found, screen);
        return found.stream()
                .map(household -> {
                    List<Person> people = members.getOrDefault(household.getId(), List.of());
                    return new HouseholdToHelp(
                            household.getId(),
                            household.getHamletId(),
                            household.getAddress(),
                            priorityOf(household, people),
                            people.stream()
                                    .map(p -> new HouseholdToHelp.Member(p.getId(), p.getFullName(), p.getBirthYear()))
                                    .toList());
                })
                .toList();
    }

    /**
     * The signed-in person's own household's flags, as held about them. Not logged: it is their own
     * data, read by themselves.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Priority> myPriority() {
        return currentUser
                .require()
                .getPersonId()
                .flatMap(persons::findById)
                .map(Person::getHouseholdId)
                .flatMap(households::findById)
                .map(this::priorityOf);
    }

    /**
     * Changes the sensitive flags; each change is recorded with who and when. Disability can be set
     * only for a household that agreed to it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void setPriority(long householdId, boolean disability, Poverty poverty) {
        Household household = mine(householdId);
        if (disability && !household.hasDisability() && !consents.has(householdId, ConsentPurpose.DISABILITY)) {
            throw new HouseholdException(Reason.NO_DISABILITY_CONSENT, -1);
        }
        flags.set(household, disability, poverty);
    }

    /**
     * The one rule for who may see households' disability and poverty flags, other than their own
     * members ({@link #myPriority}): staff whose area holds every one of them (the roles are on each
     * public method). Every such read is logged as seen on {@code screen}.
     */
    private void showFlags(Collection<Household> shown, FlagAccess.Screen screen) {
        if (!shown.stream().map(Household::getHamletId).distinct().allMatch(this::inArea)) {
            throw new AccessDeniedException("household outside the area");
        }
        flags.read(shown, screen);
    }

    /** The members of these households, each household's in order of id (the head first). */
    private Map<Long, List<Person>> membersOf(Collection<Household> found) {
        Map<Long, List<Person>> members = new HashMap<>();
        if (found.isEmpty()) {
            return members;
        }
        persons.findByHouseholdIdInOrderById(
                        found.stream().map(Household::getId).toList())
                .forEach(p -> members.computeIfAbsent(p.getHouseholdId(), k -> new ArrayList<>())
                        .add(p));
        return members;
    }

    private Priority priorityOf(Household household) {
        return priorityOf(household, persons.findByHouseholdIdOrderById(household.getId()));
    }

    /** The one rule for a household's priority: who is elderly, and the two sensitive flags. */
    private Priority priorityOf(Household household, List<Person> members) {
        Year thisYear = Year.now(clock);
        boolean elderly = members.stream().anyMatch(p -> Priority.isElderly(p.getBirthYear(), thisYear));
        return new Priority(elderly, household.hasDisability(), household.poverty());
    }

    private Duplicate duplicate(int member, Duplicate.Kind kind, Person existing) {
        String address = existing.getHouseholdId() == null
                ? ""
                : households
                        .findById(existing.getHouseholdId())
                        .map(Household::getAddress)
                        .orElse("");
        return new Duplicate(member, kind, existing.getFullName(), existing.getBirthYear(), address);
    }

    /** What the constraints cannot say: the birth year against today, and the consent's purposes. */
    private void validate(NewHousehold request) {
        Year thisYear = Year.now(clock);
        for (int i = 0; i < request.members().size(); i++) {
            Integer birthYear = request.members().get(i).birthYear();
            if (birthYear != null && !NewMember.isBirthYear(birthYear, thisYear)) {
                throw new HouseholdException(Reason.BAD_BIRTH_YEAR, i);
            }
        }
        if (request.consent() != null && !request.consent().purposes().contains(ConsentPurpose.LEARNING)) {
            throw new HouseholdException(Reason.NO_LEARNING_CONSENT, -1);
        }
    }

    private Household mine(long householdId) {
        Household household =
                households.findById(householdId).orElseThrow(() -> new AccessDeniedException("household"));
        if (!inArea(household.getHamletId())) {
            throw new AccessDeniedException("household outside the area");
        }
        return household;
    }

    private void checkArea(long hamletId) {
        if (!inArea(hamletId)) {
            throw new HouseholdException(Reason.OUTSIDE_AREA, -1);
        }
    }

    private boolean inArea(long hamletId) {
        SignedInUser user = currentUser.require();
        return places.isWithin(hamletId, user.getAreaPlaceIds());
    }
}

package vn.kynangso.people;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.PublicUrl;
import vn.kynangso.people.HouseholdException.Reason;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.PhoneNumbers;
import vn.kynangso.security.SignedInUser;

/**
 * Team members' registration of households in their hamlets, with duplicate warnings, and the
 * sensitive priority flags (disability, poverty): read and changed only by the hamlet's team and
 * its commune or province admins, every change audited.
 */
@Service
public class HouseholdService {

    /** Age from which a member counts as elderly (người cao tuổi). */
    public static final int ELDERLY_AGE = 60;

    private final PeopleService people;
    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final PublicUrl publicUrl;
    private final Clock clock;

    /**
     * Phone look-ups per account: a phone already registered outside one's area is only said to
     * exist, and even that must not become a directory of who has which number.
     */
    private final Cache<Long, Bucket> phoneLookups = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(50_000)
            .build();

    static final int PHONE_LOOKUPS_PER_HOUR = 60;

    HouseholdService(
            PeopleService people,
            HouseholdRepository households,
            PersonRepository persons,
            PlaceService places,
            CurrentUser currentUser,
            JdbcClient jdbc,
            AccountService accounts,
            PublicUrl publicUrl,
            Clock clock) {
        this.people = people;
        this.households = households;
        this.persons = persons;
        this.places = places;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    public record NewMember(
            String fullName,
            @Nullable Integer birthYear,
            @Nullable String phone) {}

    public record NewHousehold(
            long hamletId, String address, List<NewMember> members, boolean disability, Poverty poverty) {}

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

    /** A household's priority for door-to-door work. Sensitive. */
    public record Priority(boolean elderly, boolean disability, Poverty poverty) {}

    /**
     * People already registered who look like the new members: same name and birth year in the same
     * hamlet, or the same phone number anywhere. Warnings only: a team member may still register.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Duplicate> duplicates(NewHousehold request) {
        checkArea(request.hamletId());
        List<Duplicate> found = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            NewMember member = request.members().get(i);
            int index = i;
            if (member.birthYear() != null && !member.fullName().isBlank()) {
                persons.findByPlaceIdAndFullNameAndBirthYear(
                                request.hamletId(), member.fullName().strip(), member.birthYear())
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
        Bucket bucket = phoneLookups.get(
                currentUser.require().getAccountId(),
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(PHONE_LOOKUPS_PER_HOUR)
                                .refillGreedy(PHONE_LOOKUPS_PER_HOUR, Duration.ofHours(1))
                                .build())
                        .build());
        if (!bucket.tryConsume(1)) {
            throw new HouseholdException(Reason.TOO_MANY_LOOKUPS, -1);
        }
    }

    /** Registers a household and its members (the first is the head) with its priority flags. */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Household register(NewHousehold request) {
        checkArea(request.hamletId());
        return registerInArea(request);
    }

    /** {@link #register} for a caller that has checked the hamlet is in the signed-in person's area. */
    Household registerInArea(NewHousehold request) {
        validate(request);
        Household household = people.registerHousehold(request.hamletId(), request.address());
        for (NewMember member : request.members()) {
            people.addMember(household.getId(), member.fullName(), member.birthYear(), member.phone());
        }
        change(household, request.disability(), request.poverty());
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
        if (person.getHouseholdId() == null || !inArea(person.getPlaceId())) {
            throw new AccessDeniedException("person outside the area");
        }
        Optional<String> existing = accounts.loginOfPerson(personId);
        if (existing.isPresent()) {
            String token = accounts.newLoginLink(personId).orElseThrow();
            return new LoginCard(person.getFullName(), existing.get(), null, signInLink(token));
        }
        AccountService.LoginCard card = accounts.createResidentLogin(personId, person.getFullName(), person.getPhone());
        return new LoginCard(person.getFullName(), card.login(), card.password(), signInLink(card.linkToken()));
    }

    private String signInLink(String token) {
        return publicUrl.of("/signin/" + token);
    }

    /**
     * Starts helping a household member learn on the helper's device (a team member at their side):
     * returns the sign-in to switch to, under which learning is recorded as the member's own with the
     * helper noted.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public org.springframework.security.core.Authentication startHelping(long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> new AccessDeniedException("person"));
        if (person.getHouseholdId() == null || !inArea(person.getPlaceId())) {
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

    /** A household's members with their logins (if any), for those who may see the household. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public HouseholdDetails details(long householdId) {
        Household household = mine(householdId);
        List<MemberDetails> members = persons.findByHouseholdIdOrderById(householdId).stream()
                .map(p -> new MemberDetails(
                        p.getId(),
                        p.getFullName(),
                        p.getBirthYear(),
                        accounts.loginOfPerson(p.getId()).orElse(null),
                        accounts.cardAllowed(p.getId())))
                .toList();
        return new HouseholdDetails(
                household.getId(), household.getHamletId(), household.getAddress(), members, priority(householdId));
    }

    /** A household member; {@code cardAllowed} is false when their account holds more than learner roles. */
    public record MemberDetails(
            long personId,
            String name,
            @Nullable Integer birthYear,
            @Nullable String login,
            boolean cardAllowed) {}

    public record HouseholdDetails(
            long id, long hamletId, String address, List<MemberDetails> members, Priority priority) {}

    /** The household's priority flags, for those who may see them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Priority priority(long householdId) {
        Household household = mine(householdId);
        int thisYear = Year.now(clock).getValue();
        boolean elderly = persons.findByHouseholdIdOrderById(householdId).stream()
                .anyMatch(p -> p.getBirthYear() != null && thisYear - p.getBirthYear() >= ELDERLY_AGE);
        return new Priority(elderly, household.hasDisability(), household.poverty());
    }

    /** Changes the sensitive flags; each change is recorded with who and when. */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void setPriority(long householdId, boolean disability, Poverty poverty) {
        change(mine(householdId), disability, poverty);
    }

    private void change(Household household, boolean disability, Poverty poverty) {
        long who = currentUser.require().getAccountId();
        if (household.hasDisability() != disability) {
            audit(
                    household.getId(),
                    who,
                    "disability",
                    String.valueOf(household.hasDisability()),
                    String.valueOf(disability));
            household.setDisability(disability);
        }
        if (household.poverty() != poverty) {
            audit(household.getId(), who, "poverty", household.poverty().name(), poverty.name());
            household.setPoverty(poverty);
        }
    }

    private void audit(long householdId, long accountId, String field, String before, String after) {
        jdbc.sql("INSERT INTO sensitive_change (household_id, account_id, field, old_value, new_value, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(householdId, accountId, field, before, after, Timestamp.from(clock.instant()))
                .update();
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

    private void validate(NewHousehold request) {
        if (request.address().isBlank()) {
            throw new HouseholdException(Reason.NO_ADDRESS, -1);
        }
        if (request.members().isEmpty()) {
            throw new HouseholdException(Reason.NO_MEMBERS, -1);
        }
        int thisYear = Year.now(clock).getValue();
        for (int i = 0; i < request.members().size(); i++) {
            NewMember member = request.members().get(i);
            if (member.fullName().isBlank()) {
                throw new HouseholdException(Reason.NO_NAME, i);
            }
            if (member.birthYear() != null && (member.birthYear() < 1900 || member.birthYear() > thisYear)) {
                throw new HouseholdException(Reason.BAD_BIRTH_YEAR, i);
            }
            if (member.phone() != null
                    && !member.phone().isBlank()
                    && PhoneNumbers.normalize(member.phone()).isEmpty()) {
                throw new HouseholdException(Reason.BAD_PHONE, i);
            }
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

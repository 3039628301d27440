package vn.kynangso.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.TextMatch;
import vn.kynangso.people.HouseholdException.Reason;
import vn.kynangso.people.HouseholdService.NewMember;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountRecords;
import vn.kynangso.security.CurrentUser;

/**
 * A household's consent to each purpose its data is used for (PDPL 91/2025/QH15): recorded by a
 * team member after the household has read the notice, or from an imported list; withdrawn by the
 * household itself or by the team. Withdrawing consent to disability data clears the flag at once.
 */
@Service
public class ConsentService {

    /**
     * The notice households are shown (texts {@code consent.notice.*}); recorded with each consent.
     * Change it whenever the notice's meaning changes.
     */
    public static final String NOTICE_VERSION = "2026-01";

    /** The notice's paragraphs, in order (translation keys; Vietnamese and English). */
    public static final List<String> NOTICE_KEYS = List.of(
            "consent.notice.p1",
            "consent.notice.p2",
            "consent.notice.p3",
            "consent.notice.p4",
            "consent.notice.p5",
            "consent.notice.p6",
            "consent.notice.p7");

    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final AccountRecords accounts;
    private final SensitiveFlags flags;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConsentService(
            HouseholdRepository households,
            PersonRepository persons,
            PlaceService places,
            CurrentUser currentUser,
            AccountRecords accounts,
            SensitiveFlags flags,
            JdbcClient jdbc,
            Clock clock) {
        this.households = households;
        this.persons = persons;
        this.places = places;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.flags = flags;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Who agreed (a member's name, or whoever answered for the household) and to what. */
    public record NewConsent(
            @NotBlank(message = "household.error.no-consent-giver")
            @Size(max = NewMember.MAX_NAME_LENGTH, message = "household.error.too-long")
            String givenBy,

            Set<ConsentPurpose> purposes) {

        public NewConsent {
            purposes = purposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(purposes));
        }
    }

    /** Records a household's consent, given now to the signed-in team member after reading the notice. */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void record(long householdId, NewConsent consent) {
        record(inMyArea(householdId), consent, Consent.Method.IN_PERSON, null);
    }

    /** {@link #record} for a caller that has checked the household is in the signed-in person's area. */
    void record(Household household, NewConsent consent, Consent.Method method, @Nullable String note) {
        String givenBy = consent.givenBy().strip().replaceAll("\\s+", " ");
        if (givenBy.isEmpty()) {
            throw new HouseholdException(Reason.NO_CONSENT_GIVER, -1);
        }
        if (givenBy.length() > 200) {
            givenBy = givenBy.substring(0, 200);
        }
        String folded = TextMatch.name(givenBy);
        Long member = persons.findByHouseholdIdOrderById(household.getId()).stream()
                .filter(p -> TextMatch.name(p.getFullName()).equals(folded))
                .map(Person::getId)
                .findFirst()
                .orElse(null);
        Set<ConsentPurpose> active = activePurposes(household.getId());
        for (ConsentPurpose purpose : consent.purposes()) {
            if (active.contains(purpose)) {
                continue; // already agreed; the first record stands
            }
            jdbc.sql("INSERT INTO household_consent (household_id, purpose, given_by_person_id, given_by_name,"
                            + " given_at, recorded_by, method, notice_version, source_note)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            household.getId(),
                            purpose.name(),
                            member,
                            givenBy,
                            Timestamp.from(clock.instant()),
                            currentUser.require().getAccountId(),
                            method.name(),
                            NOTICE_VERSION,
                            note == null ? null : note.length() > 255 ? note.substring(0, 255) : note)
                    .update();
        }
    }

    /** A household's consents, current and withdrawn, newest first: for the team and admins of its area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Consent> of(long householdId) {
        return read(inMyArea(householdId).getId());
    }

    /** The signed-in person's household's consents, current and withdrawn; empty without a household. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Consent> mine() {
        return myHousehold().map(h -> read(h.getId())).orElse(List.of());
    }

    /** Withdraws a household's consent to a purpose, on its behalf (the team or an admin of its area). */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void withdraw(long householdId, ConsentPurpose purpose) {
        withdraw(inMyArea(householdId), purpose);
    }

    /** Withdraws the signed-in person's household's consent to a purpose. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdrawMine(ConsentPurpose purpose) {
        withdraw(myHousehold().orElseThrow(() -> new AccessDeniedException("no household")), purpose);
    }

    /** Whether the household currently agrees to the purpose. */
    boolean has(long householdId, ConsentPurpose purpose) {
        return activePurposes(householdId).contains(purpose);
    }

    /**
     * A person is being erased: consents they gave no longer name them and are withdrawn (nobody is
     * left who agreed), which clears the disability flag they allowed.
     */
    void forgetGiver(Household household, long personId, String placeholder) {
        List<String> given = jdbc.sql("SELECT DISTINCT purpose FROM household_consent WHERE given_by_person_id = ?"
                        + " AND withdrawn_at IS NULL")
                .param(personId)
                .query(String.class)
                .list();
        given.forEach(purpose -> withdraw(household, ConsentPurpose.valueOf(purpose)));
        jdbc.sql("UPDATE household_consent SET given_by_name = ?, given_by_person_id = NULL"
                        + " WHERE given_by_person_id = ?")
                .params(placeholder, personId)
                .update();
    }

    private void withdraw(Household household, ConsentPurpose purpose) {
        jdbc.sql("UPDATE household_consent SET withdrawn_at = ?, withdrawn_by = ?"
                        + " WHERE household_id = ? AND purpose = ? AND withdrawn_at IS NULL")
                .params(
                        Timestamp.from(clock.instant()),
                        currentUser.require().getAccountId(),
                        household.getId(),
                        purpose.name())
                .update();
        if (purpose == ConsentPurpose.DISABILITY && household.hasDisability()) {
            flags.set(household, false, household.poverty());
        }
    }

    private Set<ConsentPurpose> activePurposes(long householdId) {
        Set<ConsentPurpose> active = EnumSet.noneOf(ConsentPurpose.class);
        jdbc.sql("SELECT purpose FROM household_consent WHERE household_id = ? AND withdrawn_at IS NULL")
                .param(householdId)
                .query(String.class)
                .list()
                .forEach(p -> active.add(ConsentPurpose.valueOf(p)));
        return active;
    }

    private List<Consent> read(long householdId) {
        record Row(
                long id,
                ConsentPurpose purpose,
                String givenBy,
                Instant givenAt,
                long recordedBy,
                Consent.Method method,
                String notice,
                @Nullable String note,
                java.time.@Nullable Instant withdrawnAt,
                @Nullable Long withdrawnBy) {}
        List<Row> rows = jdbc.sql("""
                        SELECT id, purpose, given_by_name, given_at, recorded_by, method, notice_version, source_note,
                               withdrawn_at, withdrawn_by
                        FROM household_consent WHERE household_id = ? ORDER BY given_at DESC, id DESC
                        """)
                .param(householdId)
                .query((rs, n) -> {
                    Timestamp withdrawn = rs.getTimestamp(9);
                    return new Row(
                            rs.getLong(1),
                            ConsentPurpose.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getLong(5),
                            Consent.Method.valueOf(rs.getString(6)),
                            rs.getString(7),
                            rs.getString(8),
                            withdrawn == null ? null : withdrawn.toInstant(),
                            (Long) rs.getObject(10, Long.class));
                })
                .list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.recordedBy());
            if (r.withdrawnBy() != null) {
                ids.add(r.withdrawnBy());
            }
        });
        Map<Long, String> names = accounts.names(ids);
        return rows.stream()
                .map(r -> new Consent(
                        r.id(),
                        householdId,
                        r.purpose(),
                        r.givenBy(),
                        r.givenAt(),
                        names.getOrDefault(r.recordedBy(), ""),
                        r.method(),
                        r.notice(),
                        r.note(),
                        r.withdrawnAt(),
                        r.withdrawnBy() == null ? null : names.getOrDefault(r.withdrawnBy(), "")))
                .toList();
    }

    private Optional<Household> myHousehold() {
        return currentUser
                .require()
                .getPersonId()
                .flatMap(persons::findById)
                .map(Person::getHouseholdId)
                .flatMap(households::findById);
    }

    private Household inMyArea(long householdId) {
        Household household =
                households.findById(householdId).orElseThrow(() -> new AccessDeniedException("household"));
        if (!places.isWithin(household.getHamletId(), currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("household outside the area");
        }
        return household;
    }
}

package vn.kynangso.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.base.i18n.TranslationProvider;
import vn.kynangso.people.PersonalDataService;
import vn.kynangso.people.PersonalDataService.Change;
import vn.kynangso.people.PersonalDataService.Correction;
import vn.kynangso.people.PersonalDataService.Subject;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.privacy.DataRequest.Kind;
import vn.kynangso.privacy.DataRequest.Status;
import vn.kynangso.privacy.DataRequestException.Reason;
import vn.kynangso.security.AccountRecords;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * Requests to correct or delete personal data: filed by the person (or a team member on their
 * behalf, recorded as such), decided by the commune or province admin of the person's area, who
 * corrects, deletes (anonymises) or refuses with a reason. Each decision is made and recorded in
 * one transaction with what it changes.
 */
@Service
public class DataRequestService {

    /** Longest reason or decision note a request keeps. */
    public static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final PersonalDataService people;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final AccountRecords accounts;
    private final TranslationProvider translations;
    private final Clock clock;

    DataRequestService(
            JdbcClient jdbc,
            PersonalDataService people,
            PlaceService places,
            CurrentUser currentUser,
            AccountRecords accounts,
            TranslationProvider translations,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.places = places;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Files the signed-in person's own request (in a helped session, it is recorded as filed by the
     * helper on their behalf). Returns its id.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long fileMine(Kind kind, String reason) {
        Subject me =
                people.me().filter(s -> !s.erased()).orElseThrow(() -> new DataRequestException(Reason.NOT_A_PERSON));
        return file(me, kind, reason, currentUser.require().getHelper().isPresent());
    }

    /** Files a request on behalf of a person in the signed-in team member's or admin's area. */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public long fileFor(long personId, Kind kind, String reason) {
        Subject subject = subject(personId);
        if (subject.erased()) {
            throw new DataRequestException(Reason.NOT_A_PERSON);
        }
        return file(subject, kind, reason, true);
    }

    /** Who a request on someone's behalf would be about: a person of the signed-in person's area. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Subject subject(long personId) {
        return people.inMyArea(List.of(personId)).get(personId);
    }

    /** The signed-in person's own requests, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DataRequest> mine() {
        return people.me()
                .map(me -> read("person_id IN (:ids)", Set.of(me.personId()), false, Map.of(me.personId(), me)))
                .orElse(List.of());
    }

    /** Requests about people of the signed-in admin's area: open ones first, then the decided, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<DataRequest> inMyArea(boolean openOnly) {
        Set<Long> placeIds = new HashSet<>();
        for (PlaceLevel level : List.of(PlaceLevel.HAMLET, PlaceLevel.COMMUNE)) {
            placeIds.addAll(places.idsWithin(currentUser.require().getAreaPlaceIds(), level));
        }
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return read("place_id IN (:ids)", placeIds, openOnly, null);
    }

    /** Refuses a request, with the reason the person will read. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void refuse(long requestId, String why) {
        String text = text(why);
        decide(claim(requestId, null), Status.REFUSED, text);
    }

    /** Grants a correction request: corrects the person's data and records what changed. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<Change> correct(long requestId, Correction correction, @Nullable String note) {
        Claimed request = claim(requestId, Kind.CORRECTION);
        List<Change> changes = people.correct(request.personId(), correction);
        String summary = changes.isEmpty()
                ? t("data-request.decision.nothing-changed")
                : changes.stream()
                        .map(c -> t(
                                "data-request.decision.change",
                                t("data-request.field." + c.field()),
                                c.before() == null ? "—" : c.before(),
                                c.after() == null ? "—" : c.after()))
                        .collect(Collectors.joining("; "));
        decide(request, Status.DONE, join(note, summary));
        return changes;
    }

    /**
     * Grants a deletion request: anonymises the person everywhere (see
     * {@link PersonalDataService#erase}) and records it, in one transaction.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void erase(long requestId, @Nullable String note) {
        Claimed request = claim(requestId, Kind.DELETION);
        people.erase(request.personId());
        decide(request, Status.DONE, join(note, t("data-request.decision.erased")));
    }

    private record Claimed(long id, long personId) {}

    /** An open request about a person of the admin's area, of the kind asked (any when null). */
    private Claimed claim(long requestId, @Nullable Kind kind) {
        record Row(long personId, long placeId, Kind kind, Status status) {}
        Row row = jdbc.sql("SELECT person_id, place_id, kind, status FROM data_request WHERE id = ?")
                .param(requestId)
                .query((rs, n) -> new Row(
                        rs.getLong(1), rs.getLong(2), Kind.valueOf(rs.getString(3)), Status.valueOf(rs.getString(4))))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("request"));
        if (!places.isWithin(row.placeId(), currentUser.require().getAreaPlaceIds())) {
            throw new AccessDeniedException("request outside the area");
        }
        if (row.status() != Status.OPEN || (kind != null && row.kind() != kind)) {
            throw new DataRequestException(Reason.NOT_OPEN);
        }
        return new Claimed(requestId, row.personId());
    }

    /** Records the decision; the first admin to decide wins, the other's transaction is refused whole. */
    private void decide(Claimed request, Status status, String note) {
        int updated = jdbc.sql("UPDATE data_request SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?,"
                        + " version = version + 1 WHERE id = ? AND status = 'OPEN'")
                .params(
                        status.name(),
                        currentUser.require().getAccountId(),
                        Timestamp.from(clock.instant()),
                        note.length() > MAX_TEXT ? note.substring(0, MAX_TEXT) : note,
                        request.id())
                .update();
        if (updated != 1) {
            throw new DataRequestException(Reason.NOT_OPEN);
        }
    }

    private long file(Subject subject, Kind kind, String reason, boolean onBehalf) {
        String text = text(reason);
        long open = jdbc.sql("SELECT COUNT(*) FROM data_request WHERE person_id = ? AND kind = ? AND status = 'OPEN'")
                .params(subject.personId(), kind.name())
                .query(Long.class)
                .single();
        if (open > 0) {
            throw new DataRequestException(Reason.ALREADY_OPEN);
        }
        SignedInUser user = currentUser.require();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO data_request (person_id, place_id, kind, reason, filed_by, on_behalf, filed_at, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')")
                .params(
                        subject.personId(),
                        subject.placeId(),
                        kind.name(),
                        text,
                        user.getAccountId(),
                        onBehalf,
                        Timestamp.from(clock.instant()))
                .update(key);
        return key.getKey().longValue();
    }

    private List<DataRequest> read(
            String where, Set<Long> ids, boolean openOnly, @Nullable Map<Long, Subject> knownSubjects) {
        record Row(
                long id,
                long personId,
                Kind kind,
                String reason,
                Timestamp filedAt,
                long filedBy,
                boolean onBehalf,
                Status status,
                @Nullable Timestamp decidedAt,
                @Nullable Long decidedBy,
                @Nullable String decision) {}
        List<Row> rows = jdbc.sql("SELECT id, person_id, kind, reason, filed_at, filed_by, on_behalf, status,"
                        + " decided_at, decided_by, decision_note FROM data_request WHERE " + where
                        + (openOnly ? " AND status = 'OPEN'" : "")
                        + " ORDER BY status = 'OPEN' DESC, filed_at DESC, id DESC")
                .param("ids", ids)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        Kind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5),
                        rs.getLong(6),
                        rs.getBoolean(7),
                        Status.valueOf(rs.getString(8)),
                        rs.getTimestamp(9),
                        rs.getObject(10, Long.class),
                        rs.getString(11)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Subject> subjects = knownSubjects != null
                ? knownSubjects
                : people.inMyArea(rows.stream().map(Row::personId).collect(Collectors.toSet()));
        Set<Long> accountIds = new HashSet<>();
        rows.forEach(r -> {
            accountIds.add(r.filedBy());
            if (r.decidedBy() != null) {
                accountIds.add(r.decidedBy());
            }
        });
        Map<Long, String> names = accounts.names(accountIds);
        List<DataRequest> requests = new ArrayList<>();
        for (Row r : rows) {
            Subject subject = subjects.get(r.personId());
            requests.add(new DataRequest(
                    r.id(),
                    r.personId(),
                    subject == null ? "" : subject.fullName(),
                    subject == null ? "" : subject.placeName(),
                    r.kind(),
                    r.reason(),
                    r.filedAt().toInstant(),
                    names.getOrDefault(r.filedBy(), ""),
                    r.onBehalf(),
                    r.status(),
                    r.decidedAt() == null ? null : r.decidedAt().toInstant(),
                    r.decidedBy() == null ? null : names.getOrDefault(r.decidedBy(), ""),
                    r.decision()));
        }
        return requests;
    }

    private static String text(String typed) {
        String text = typed.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new DataRequestException(Reason.BAD_REASON);
        }
        return text;
    }

    private static String join(@Nullable String note, String summary) {
        return note == null || note.isBlank() ? summary : note.strip() + " — " + summary;
    }

    /** Decisions are recorded in Vietnamese, the language of the commune's records. */
    private String t(String key, Object... params) {
        return translations.getTranslation(key, TranslationProvider.VIETNAMESE, params);
    }
}

package vn.kynangso.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.places.PlaceLevel;
import vn.kynangso.places.PlaceService;
import vn.kynangso.security.AccountRecords;
import vn.kynangso.security.CurrentUser;
import vn.kynangso.security.SignedInUser;

/**
 * Who saw or changed households' sensitive flags: for commune and province admins, over their
 * area; for a person, over their own household.
 */
@Service
public class FlagAccessLog {

    /** The most rows one screen shows; a narrower date range shows the rest. */
    public static final int LIMIT = 1000;

    private final JdbcClient jdbc;
    private final PlaceService places;
    private final PersonRepository persons;
    private final CurrentUser currentUser;
    private final AccountRecords accounts;
    private final Clock clock;

    FlagAccessLog(
            JdbcClient jdbc,
            PlaceService places,
            PersonRepository persons,
            CurrentUser currentUser,
            AccountRecords accounts,
            Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.persons = persons;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Reads and changes of the flags of households in the signed-in admin's area, from the start of
     * {@code from} to the end of {@code to} (days in Vietnam), newest first, at most {@link #LIMIT}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public List<FlagAccess> inMyArea(LocalDate from, LocalDate to) {
        List<Long> hamlets = places.idsWithin(currentUser.require().getAreaPlaceIds(), PlaceLevel.HAMLET);
        if (hamlets.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        Timestamp start = Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant());
        Timestamp end =
                Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return read("r.hamlet_id", "h.hamlet_id", hamlets, start, end);
    }

    /** Every read and change of the signed-in person's household's flags by anyone, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<FlagAccess> mine() {
        SignedInUser user = currentUser.require();
        Long household = user.getPersonId()
                .flatMap(persons::findById)
                .map(Person::getHouseholdId)
                .orElse(null);
        if (household == null) {
            return List.of();
        }
        return read("r.household_id", "c.household_id", List.of(household), null, null);
    }

    private List<FlagAccess> read(
            String readKey,
            String changeKey,
            Collection<Long> ids,
            @Nullable Timestamp start,
            @Nullable Timestamp end) {
        record Row(
                long household,
                String address,
                long hamlet,
                long account,
                Timestamp at,
                FlagAccess.@Nullable Screen screen,
                @Nullable String field,
                @Nullable String before,
                @Nullable String after) {}
        String period = start == null ? "" : " AND %s >= :start AND %s < :end";
        List<Row> rows = new ArrayList<>();
        var reads = jdbc.sql("SELECT r.household_id, h.address, h.hamlet_id, r.account_id, r.read_at, r.context"
                        + " FROM sensitive_read r JOIN household h ON h.id = r.household_id WHERE " + readKey
                        + " IN (:where)"
                        + period.formatted("r.read_at", "r.read_at") + " ORDER BY r.read_at DESC LIMIT " + LIMIT)
                .param("where", ids);
        var changes = jdbc.sql("SELECT c.household_id, h.address, h.hamlet_id, c.account_id, c.changed_at,"
                        + " c.field, c.old_value, c.new_value"
                        + " FROM sensitive_change c JOIN household h ON h.id = c.household_id WHERE " + changeKey
                        + " IN (:where)"
                        + period.formatted("c.changed_at", "c.changed_at") + " ORDER BY c.changed_at DESC LIMIT "
                        + LIMIT)
                .param("where", ids);
        if (start != null) {
            reads = reads.param("start", start).param("end", end);
            changes = changes.param("start", start).param("end", end);
        }
        reads.query((rs, n) -> rows.add(new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getTimestamp(5),
                        FlagAccess.Screen.valueOf(rs.getString(6)),
                        null,
                        null,
                        null)))
                .list();
        changes.query((rs, n) -> rows.add(new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getTimestamp(5),
                        null,
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8))))
                .list();
        rows.sort(Comparator.comparing(Row::at).reversed());
        List<Row> shown = rows.subList(0, Math.min(LIMIT, rows.size()));
        Set<Long> accountIds = new HashSet<>();
        Set<Long> hamletIds = new HashSet<>();
        shown.forEach(r -> {
            accountIds.add(r.account());
            hamletIds.add(r.hamlet());
        });
        Map<Long, String> names = accounts.names(accountIds);
        Map<Long, String> hamlets = new HashMap<>();
        places.findAll(hamletIds).forEach(p -> hamlets.put(p.getId(), p.getName()));
        return shown.stream()
                .map(r -> new FlagAccess(
                        r.household(),
                        r.address(),
                        hamlets.getOrDefault(r.hamlet(), ""),
                        names.getOrDefault(r.account(), ""),
                        r.at().toInstant(),
                        r.screen(),
                        r.field(),
                        r.before(),
                        r.after()))
                .toList();
    }
}

package vn.kynangso.officials;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.kynangso.people.PeopleService;
import vn.kynangso.people.PeopleService.Holder;
import vn.kynangso.security.AccountService;
import vn.kynangso.security.Roles;

/**
 * A commune's officials: people with an official's sign-in (asked of security) who live in it (asked
 * of people), with their unit (kept here).
 */
@Component
class OfficialRoster {

    /** An official as the evaluation lists them. */
    record Official(
            long personId,
            String name,
            @Nullable Integer birthYear,
            @Nullable String unit) {}

    /** The evaluation sheet's order: by unit (none last), then by name, as Vietnamese sorts. */
    private static final Comparator<Official> ORDER;

    static {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        vietnamese.setStrength(Collator.SECONDARY);
        ORDER = Comparator.comparing(Official::unit, Comparator.nullsLast(vietnamese::compare))
                .thenComparing(Official::name, vietnamese::compare);
    }

    private final JdbcClient jdbc;
    private final OfficialsArea area;
    private final AccountService accounts;
    private final PeopleService people;

    OfficialRoster(JdbcClient jdbc, OfficialsArea area, AccountService accounts, PeopleService people) {
        this.jdbc = jdbc;
        this.area = area;
        this.accounts = accounts;
        this.people = people;
    }

    /** Every official of the commune, in the evaluation sheet's order. */
    List<Official> of(long communeId) {
        return among(accounts.personsWithRole(Roles.OFFICIAL), communeId);
    }

    /** The person, if they are an official of the commune. */
    List<Official> only(long personId, long communeId) {
        return accounts.personsWithRole(Roles.OFFICIAL).contains(personId)
                ? among(Set.of(personId), communeId)
                : List.of();
    }

    private List<Official> among(Collection<Long> officials, long communeId) {
        List<Holder> holders = people.holdersIn(officials, area.selfAndWithin(communeId));
        Map<Long, String> units = units(holders.stream().map(Holder::personId).toList());
        return holders.stream()
                .map(h -> new Official(h.personId(), h.fullName(), h.birthYear(), units.get(h.personId())))
                .sorted(ORDER)
                .toList();
    }

    private Map<Long, String> units(List<Long> persons) {
        Map<Long, String> units = new HashMap<>();
        if (!persons.isEmpty()) {
            jdbc.sql("SELECT m.person_id, u.name FROM official_membership m JOIN official_unit u ON u.id = m.unit_id"
                            + " WHERE m.person_id IN (:persons)")
                    .param("persons", persons)
                    .query((rs, n) -> units.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return units;
    }
}

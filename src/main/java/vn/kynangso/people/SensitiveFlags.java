package vn.kynangso.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.kynangso.security.CurrentUser;

/**
 * Writes what happens to a household's sensitive flags: every change (who, when, before, after) in
 * {@code sensitive_change}, every read by staff in {@code sensitive_read}. Callers have checked
 * who may see or change them.
 */
@Component
class SensitiveFlags {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    SensitiveFlags(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sets the flags, recording each one that changes as done by the signed-in person. */
    void set(Household household, boolean disability, Poverty poverty) {
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

    /**
     * Records that the signed-in person was shown these households' flags, one row each (a work list
     * of many households is written in a few multi-row statements).
     */
    void read(Collection<Household> households, FlagAccess.Screen screen) {
        if (households.isEmpty()) {
            return;
        }
        long who = currentUser.require().getAccountId();
        Timestamp now = Timestamp.from(clock.instant());
        List<Household> all = List.copyOf(households);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Household> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> params = new ArrayList<>();
            for (Household h : chunk) {
                params.addAll(List.of(h.getId(), h.getHamletId(), who, screen.name(), now));
            }
            jdbc.sql("INSERT INTO sensitive_read (household_id, hamlet_id, account_id, context, read_at) VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")))
                    .params(params)
                    .update();
        }
    }

    private void audit(long householdId, long accountId, String field, String before, String after) {
        jdbc.sql("INSERT INTO sensitive_change (household_id, account_id, field, old_value, new_value, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(householdId, accountId, field, before, after, Timestamp.from(clock.instant()))
                .update();
    }
}

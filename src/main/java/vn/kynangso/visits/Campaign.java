package vn.kynangso.visits;

import java.time.LocalDate;
import java.util.List;

/** A campaign as listed: its dates and hamlets, and visits recorded so far. */
public record Campaign(long id, String name, LocalDate startsOn, LocalDate endsOn, List<Long> hamletIds, long visits) {

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}

package vn.kynangso.visits;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Skill;

/** A recorded visit to a household. */
public record Visit(
        long id,
        long householdId,
        @Nullable Long campaignId,
        LocalDate visitedOn,
        VisitOutcome outcome,
        Set<Skill> skills,
        @Nullable LocalDate nextVisitOn,
        @Nullable String note,
        String visitor) {

    /** The same visit, naming who recorded it. */
    Visit recordedBy(String visitorName) {
        return new Visit(id, householdId, campaignId, visitedOn, outcome, skills, nextVisitOn, note, visitorName);
    }
}

package vn.kynangso.reports;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Skill;
import vn.kynangso.people.HouseholdService.Priority;

/**
 * A household not covered yet, as a team member's work list shows it: priority (sensitive; shown
 * only to the hamlet's team and admins) and what each member still lacks.
 */
public record WorkItem(long householdId, String hamlet, String address, Priority priority, List<Member> members) {

    /** The member closest to all five skills: who to help first. */
    public int bestSkillCount() {
        return members.stream().mapToInt(m -> m.skills().size()).max().orElse(0);
    }

    public record Member(
            long personId, String name, @Nullable Integer birthYear, Set<Skill> skills) {

        public Set<Skill> lacking() {
            EnumSet<Skill> lacking = EnumSet.allOf(Skill.class);
            lacking.removeAll(skills);
            return lacking;
        }
    }
}

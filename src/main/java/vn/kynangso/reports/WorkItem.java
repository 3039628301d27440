package vn.kynangso.reports;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Skill;

/**
 * A household not covered yet, as a team member's work list shows it: priority (sensitive; shown
 * only to the hamlet's team and admins) and what each member still lacks.
 */
public record WorkItem(
        long householdId,
        String hamlet,
        String address,
        boolean elderly,
        boolean disability,
        String poverty,
        List<Member> members) {

    /** Vulnerable households first: disability, then poverty, then elderly members. */
    public int priority() {
        int score = disability ? 4 : 0;
        score += switch (poverty) {
            case "POOR" -> 3;
            case "NEAR_POOR" -> 2;
            default -> 0;
        };
        return score + (elderly ? 1 : 0);
    }

    /** The member closest to all five skills: who to help first. */
    public int bestSkillCount() {
        return members.stream().mapToInt(m -> m.skills().size()).max().orElse(0);
    }

    public record Member(
            long personId, String name, @Nullable Integer birthYear, Set<Skill> skills) {

        public Set<Skill> lacking() {
            java.util.EnumSet<Skill> lacking = java.util.EnumSet.allOf(Skill.class);
            lacking.removeAll(skills);
            return lacking;
        }
    }
}

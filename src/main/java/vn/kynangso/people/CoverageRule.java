package vn.kynangso.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.kynangso.catalog.Skill;

/**
 * The one rule for the product's target: a household is covered when at least one of its members
 * is proficient in every one of the five basic skills. Java callers ask {@link #covers}; SQL that
 * must decide the same over many people uses {@link #coversSql}, built from {@link Skill} so a
 * sixth skill changes both.
 */
public final class CoverageRule {

    private static final Set<Skill> EVERY_SKILL = EnumSet.allOf(Skill.class);

    private CoverageRule() {}

    /** Whether one member with these skills covers their household. */
    public static boolean covers(Collection<Skill> skillsOfOneMember) {
        return skillsOfOneMember.containsAll(EVERY_SKILL);
    }

    /**
     * {@link #covers} as an aggregate condition over one person's rows ({@code GROUP BY} person):
     * true when the distinct skill codes in {@code skillColumn} are every skill there is. Codes no
     * longer in {@link Skill} do not count.
     */
    static String coversSql(String skillColumn) {
        String codes = Arrays.stream(Skill.values())
                .map(skill -> "'" + skill.name() + "'")
                .collect(Collectors.joining(", "));
        return "COUNT(DISTINCT CASE WHEN " + skillColumn + " IN (" + codes + ") THEN " + skillColumn + " END) = "
                + EVERY_SKILL.size();
    }
}

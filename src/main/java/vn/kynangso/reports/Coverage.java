package vn.kynangso.reports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.kynangso.catalog.Skill;

/**
 * Household coverage of one place (hamlet, commune, province or a whole area): households
 * registered, households covered (one member proficient in all five skills), and per skill the
 * households where at least one member is proficient in it.
 */
public record Coverage(long placeId, String name, long households, long covered, Map<Skill, Long> perSkill) {

    public Coverage {
        // an unmodifiable copy that stays an EnumMap: cheap to make for the 10,000 rows of a trend
        EnumMap<Skill, Long> copy = new EnumMap<>(Skill.class);
        copy.putAll(perSkill);
        perSkill = Collections.unmodifiableMap(copy);
    }

    /** A place with no households: every figure 0. */
    public static Coverage empty(long placeId, String name) {
        Map<Skill, Long> zeros = new EnumMap<>(Skill.class);
        for (Skill skill : Skill.values()) {
            zeros.put(skill, 0L);
        }
        return new Coverage(placeId, name, 0, 0, zeros);
    }

    /** Covered households in whole percent (rounded down: a target is reached, not rounded to). */
    public int percent() {
        return households == 0 ? 0 : (int) (covered * 100 / households);
    }

    /**
     * {@code part} of {@code whole} in percent with one decimal, as the charts, their tables and the
     * monthly report show shares; 0 of nothing is 0.
     */
    public static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    public long skill(Skill skill) {
        return perSkill.getOrDefault(skill, 0L);
    }
}

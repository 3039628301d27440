package vn.kynangso.learning;

import java.time.Instant;
import java.util.Set;
import vn.kynangso.catalog.Skill;

/**
 * A learner became proficient in one of the five skills (first time only).
 *
 * @param skillsNow every skill the learner is proficient in now, this one included
 */
public record SkillProficiencyGained(long personId, Skill skill, Instant at, Set<Skill> skillsNow) {

    /** The learner now holds all five skills: their household is covered. */
    public boolean allFive() {
        return skillsNow.size() == Skill.values().length;
    }
}

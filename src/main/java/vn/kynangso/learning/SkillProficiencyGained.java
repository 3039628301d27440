package vn.kynangso.learning;

import java.time.Instant;

/** A learner became proficient in one of the five skills (first time only). */
public record SkillProficiencyGained(long personId, vn.kynangso.catalog.Skill skill, Instant at) {}

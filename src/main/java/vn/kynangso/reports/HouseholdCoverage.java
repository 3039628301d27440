package vn.kynangso.reports;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.kynangso.catalog.Skill;

/** One household behind a hamlet's figures: who heads it, its members, covered or not, skills present. */
public record HouseholdCoverage(
        long householdId, String address, @Nullable String head, int members, boolean covered, Set<Skill> skills) {}

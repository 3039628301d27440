package vn.kynangso.reports;

import java.time.Instant;

/** A household became covered: one of its members is now proficient in all five skills. */
public record HouseholdCovered(long householdId, long hamletId, long personId, Instant at) {}

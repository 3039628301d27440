package vn.kynangso.people;

/** A household was registered in a hamlet. */
public record HouseholdRegistered(long householdId, long hamletId) {}

package vn.kynangso.people;

import java.time.Instant;

/**
 * Someone already registered (a student a teacher enrolled) became a member of a household: the
 * skills they hold now count for it.
 */
public record MemberAdded(long personId, long householdId, long hamletId, Instant at) {}

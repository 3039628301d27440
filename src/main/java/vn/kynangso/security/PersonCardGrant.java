package vn.kynangso.security;

/**
 * A reason, other than living in the user's area, for which a signed-in user may give a person a
 * learner's login and print their login card: a teacher, for the students of their own class that
 * is not archived. Features that create such a tie implement it; {@link AccountService} asks every
 * one. A card signs in without a password, so this is never wider than a read grant.
 */
public interface PersonCardGrant {

    /** Whether the user may create a login for, or print a card of, this person because of this tie. */
    boolean mayPrintCard(SignedInUser user, long personId);
}

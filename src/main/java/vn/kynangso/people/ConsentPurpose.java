package vn.kynangso.people;

import java.util.Locale;

/**
 * What a household agrees its data may be used for, each agreed to (and withdrawn) on its own.
 * Translated under {@code consent.purpose.<name>}.
 */
public enum ConsentPurpose {
    /** Keep the members' learning records and issue certificates in their names. */
    LEARNING,
    /** Record that a member lives with a disability (health data) so the team helps them first. */
    DISABILITY;

    public String translationKey() {
        return "consent.purpose." + name().toLowerCase(Locale.ROOT);
    }
}

package vn.kynangso.learning;

/**
 * Whether a learner holds a certificate, kept by the feature that issues them (a course's, or their
 * household's). A learner's overview offers the way to their certificates only to someone who has
 * one; {@link MyProgressService} asks every implementation (learning reads none of their tables).
 */
public interface HeldCertificates {

    /** Whether this person holds at least one certificate of their own or of their household. */
    boolean holdsAny(long personId);
}

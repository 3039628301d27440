/**
 * Who may do what: accounts (sign-in by phone number or username), roles, password hashing,
 * sign-in throttling and the web security configuration. Knows no feature: where a rule needs to
 * know where a person lives it asks through {@link vn.kynangso.security.PersonAreaCheck}, which the
 * people feature implements, and {@link vn.kynangso.security.PersonRecordsAccess} applies that rule
 * for the features that keep records about people.
 */
@NullMarked
package vn.kynangso.security;

import org.jspecify.annotations.NullMarked;

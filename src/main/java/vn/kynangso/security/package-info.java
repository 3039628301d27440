/**
 * Who may do what: accounts (sign-in by phone number or username), roles, password hashing,
 * sign-in throttling and the web security configuration. Knows no feature.
 */
@NullMarked
package vn.kynangso.security;

import org.jspecify.annotations.NullMarked;

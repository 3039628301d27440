package vn.kynangso.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in person: their account id and name beside the usual user details. */
public final class SignedInUser extends User {

    private final long accountId;
    private final String displayName;
    private final Set<Long> areaPlaceIds;
    private final @Nullable Long personId;

    SignedInUser(
            long accountId,
            String login,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            Set<Long> areaPlaceIds,
            @Nullable Long personId) {
        super(login, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
        this.areaPlaceIds = Set.copyOf(areaPlaceIds);
        this.personId = personId;
    }

    /** The learner behind this account; empty for accounts that do not learn (e.g. an admin). */
    public Optional<Long> getPersonId() {
        return Optional.ofNullable(personId);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The places this person works in; empty for learners. */
    public Set<Long> getAreaPlaceIds() {
        return areaPlaceIds;
    }

    public boolean hasRole(String role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }
}

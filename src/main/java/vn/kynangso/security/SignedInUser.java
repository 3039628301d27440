package vn.kynangso.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in person: their account id and name beside the usual user details. */
public final class SignedInUser extends User {

    private final long accountId;
    private final String displayName;
    private final Set<Long> areaPlaceIds;
    private final @Nullable Long personId;
    private final @Nullable SignedInUser helper;
    private final int sessionEpoch;

    SignedInUser(
            long accountId,
            String login,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            Set<Long> areaPlaceIds,
            @Nullable Long personId,
            int sessionEpoch) {
        this(
                accountId,
                login,
                passwordHash,
                enabled,
                authorities,
                displayName,
                areaPlaceIds,
                personId,
                null,
                sessionEpoch);
    }

    private SignedInUser(
            long accountId,
            String login,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            Set<Long> areaPlaceIds,
            @Nullable Long personId,
            @Nullable SignedInUser helper,
            int sessionEpoch) {
        super(login, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
        this.areaPlaceIds = Set.copyOf(areaPlaceIds);
        this.personId = personId;
        this.helper = helper;
        this.sessionEpoch = sessionEpoch;
    }

    /**
     * {@code helper} helping a resident learn: the resident's learning (their person, a resident's
     * rights and nothing more), with the helper noted. Acts under the helper's account.
     */
    static SignedInUser helping(SignedInUser helper, long personId, String residentName) {
        return new SignedInUser(
                helper.accountId,
                helper.getUsername(),
                "",
                true,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.RESIDENT)),
                residentName,
                Set.of(),
                personId,
                helper,
                helper.sessionEpoch);
    }

    /** The account's session epoch when this sign-in began; a higher one in the account ends it. */
    public int getSessionEpoch() {
        return sessionEpoch;
    }

    /** The team member or admin helping this resident learn, when this is a helped session. */
    public Optional<SignedInUser> getHelper() {
        return Optional.ofNullable(helper);
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
        return other instanceof SignedInUser user
                && user.accountId == accountId
                && Objects.equals(user.personId, personId);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId) * 31 + Objects.hashCode(personId);
    }
}

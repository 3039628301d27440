package vn.kynangso.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A sign-in by class PIN: the child's own account and rights, plus the seat it was made on (which
 * class-mode computer, and how long it may stay idle). Only {@link ClassSeatSignIn} makes one, after
 * the child's PIN was checked.
 */
final class ClassSeatAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final ClassSeat seat;

    ClassSeatAuthentication(SignedInUser user, ClassSeat seat) {
        super(user.getAuthorities());
        this.user = user;
        this.seat = seat;
        setAuthenticated(true);
    }

    ClassSeat seat() {
        return seat;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClassSeatAuthentication that
                && that.user.equals(user)
                && that.seat.equals(seat)
                && super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + seat.hashCode();
    }
}

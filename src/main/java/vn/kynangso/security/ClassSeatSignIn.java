package vn.kynangso.security;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.ClassPinCheck.Verdict;

/**
 * Signing a child in on a class-mode computer with their own class PIN. The PIN is checked by the
 * classes module ({@link ClassPinCheck}) together with the computer's credential; only then is the
 * child signed in, to their own enabled learner-only account and its rights, never anyone else's.
 * The PIN is not a password: the sign-in form never accepts it (see DD007).
 */
@Service
public class ClassSeatSignIn {

    /** What a PIN try gave: a sign-in on {@link ClassPinCheck.Right}, nothing otherwise. */
    public record Result(Verdict verdict, Optional<Authentication> signIn) {}

    private final ClassPinCheck pins;
    private final AccountRepository accounts;
    private final AccountUserDetailsService users;
    private final Clock clock;

    ClassSeatSignIn(ClassPinCheck pins, AccountRepository accounts, AccountUserDetailsService users, Clock clock) {
        this.pins = pins;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Anyone may try (a class-mode computer has nobody signed in): the computer's credential and the
     * child's PIN are the check, and wrong PINs lock the tile.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Result signIn(String deviceToken, long personId, String pin) {
        Verdict verdict = pins.check(deviceToken, personId, pin);
        if (!(verdict instanceof ClassPinCheck.Right right)) {
            return new Result(verdict, Optional.empty());
        }
        Optional<Authentication> signIn = accounts.findByPersonId(personId)
                .filter(a -> a.isEnabled() && AccountService.isLearnerOnly(a))
                .map(account -> {
                    account.setLastLoginAt(clock.instant());
                    return new ClassSeatAuthentication(
                            users.toUser(account), new ClassSeat(right.classId(), right.deviceId(), right.idleLimit()));
                });
        return new Result(signIn.isPresent() ? verdict : new ClassPinCheck.Refused(), signIn);
    }
}

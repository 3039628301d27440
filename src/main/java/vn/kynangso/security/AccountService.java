package vn.kynangso.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating logins, changing passwords, and each person's display preferences. */
@Service
public class AccountService {

    /** Shortest password a person may choose; long enough to resist guessing, short enough for phones. */
    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;

    private final AccountRepository accounts;
    private final LoginLinks links;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final PersonAreaCheck areaCheck;
    private final JdbcClient jdbc;
    private final SessionEpochs epochs;
    private final AccountUserDetailsService users;
    private final PlaceAreaCheck placeAreas;
    private final LoginThrottle throttle;
    private final List<PersonCardGrant> cardGrants;
    private final Clock clock;

    /** The "address" failed passwords of the end-helping dialog are counted under. */
    private static final String HELPING_ADDRESS = "end-helping";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * How a session signed in, kept as its sign-in's details where it matters: only a session that
     * came in by a login card's link may choose a password without typing the card's one.
     */
    enum SignInWay {
        CARD_LINK
    }

    AccountService(
            AccountRepository accounts,
            LoginLinks links,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            PersonAreaCheck areaCheck,
            JdbcClient jdbc,
            SessionEpochs epochs,
            AccountUserDetailsService users,
            PlaceAreaCheck placeAreas,
            LoginThrottle throttle,
            List<PersonCardGrant> cardGrants,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.areaCheck = areaCheck;
        this.jdbc = jdbc;
        this.epochs = epochs;
        this.users = users;
        this.placeAreas = placeAreas;
        this.throttle = throttle;
        this.cardGrants = cardGrants;
        this.clock = clock;
    }

    /** What a new login needs. At least one of {@code username} and {@code phone} is given. */
    public record NewAccount(
            @Nullable String username,
            @Nullable String phone,
            String displayName,
            String password,
            Set<String> roles,
            Set<Long> areaPlaceIds,
            @Nullable Long personId) {}

    /**
     * Creates a login. The phone is stored in national form; duplicates of username or phone are
     * refused with {@link AccountException.Reason#LOGIN_TAKEN}; an admin gives only roles and areas
     * at or below their own ({@link AccountException.Reason#GRANT_ABOVE_OWN}).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Account create(NewAccount request) {
        String phone = null;
        if (request.phone() != null) {
            phone = PhoneNumbers.normalize(request.phone())
                    .orElseThrow(() -> new AccountException(AccountException.Reason.INVALID_PHONE));
            if (accounts.existsByPhone(phone)) {
                throw new AccountException(AccountException.Reason.LOGIN_TAKEN);
            }
        }
        String username = request.username() == null ? null : request.username().strip();
        if (username != null && accounts.existsByUsername(username)) {
            throw new AccountException(AccountException.Reason.LOGIN_TAKEN);
        }
        if (username == null && phone == null) {
            throw new AccountException(AccountException.Reason.NO_LOGIN);
        }
        if (!request.roles().stream().allMatch(Roles.ASSIGNABLE::contains)) {
            throw new AccountException(AccountException.Reason.UNKNOWN_ROLE);
        }
        checkGrant(request.roles(), request.areaPlaceIds());
        PasswordRules.check(request.password(), username != null ? username : phone);
        Account account =
                new Account(request.displayName(), passwordEncoder.encode(request.password()), clock.instant());
        account.setUsername(username);
        account.setPhone(phone);
        account.setRoles(request.roles());
        account.setAreaPlaceIds(request.areaPlaceIds());
        account.setPersonId(request.personId());
        return accounts.save(account);
    }

    /** What a resident's login card shows: how to sign in by hand, and the one-time link for the QR code. */
    public record LoginCard(String login, String password, String linkToken) {}

    /**
     * Creates a resident's login for a person who has none: by phone number when they have one, else
     * by a username made from the person id; the password is 8 digits (easy on a phone keypad).
     * Returns the card to hand over. The caller has checked the person is in its area.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public LoginCard createResidentLogin(long personId, String displayName, @Nullable String phone) {
        return createLearnerLogin(checkArea(personId), personId, displayName, phone, Roles.RESIDENT);
    }

    /**
     * {@link #createResidentLogin} for a student of the signed-in teacher's own class (a {@link
     * PersonCardGrant}), with the student role.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public LoginCard createStudentLogin(long personId, String displayName, @Nullable String phone) {
        return createLearnerLogin(checkCardGrant(personId), personId, displayName, phone, Roles.STUDENT);
    }

    /**
     * {@link #newLoginLink} for a student of the signed-in teacher's own class (a {@link
     * PersonCardGrant}); the earlier links of the account stop working.
     *
     * @throws AccountException CARD_NOT_FOR_STAFF for an account that holds more than learner roles
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public Optional<String> newStudentLoginLink(long personId) {
        return newLink(checkCardGrant(personId), personId);
    }

    private LoginCard createLearnerLogin(
            long createdBy, long personId, String displayName, @Nullable String phone, String role) {
        if (accounts.findByPersonId(personId).isPresent()) {
            throw new AccountException(AccountException.Reason.LOGIN_TAKEN);
        }
        String normalized = phone == null ? null : PhoneNumbers.normalize(phone).orElse(null);
        boolean phoneFree = normalized != null && !accounts.existsByPhone(normalized);
        String login = phoneFree ? normalized : "hv" + personId;
        String password = cardPassword(login);
        Account account = new Account(displayName, passwordEncoder.encode(password), clock.instant());
        if (phoneFree) {
            account.setPhone(normalized);
        } else {
            account.setUsername(login);
        }
        account.setRoles(Set.of(role));
        account.setPersonId(personId);
        account.setCardPassword(true);
        accounts.save(account);
        return new LoginCard(account.getLogin(), password, links.issue(account.getId(), createdBy));
    }

    /**
     * The password a login card shows: 8 digits (easy on a phone keypad) that {@link PasswordRules}
     * accept, so never 12345678 or one digit eight times.
     */
    private static String cardPassword(String login) {
        while (true) {
            String password = String.format("%08d", RANDOM.nextInt(100_000_000));
            try {
                PasswordRules.check(password, login);
                return password;
            } catch (AccountException common) {
                // one of the guessable ones: draw again
            }
        }
    }

    /**
     * A new password on a new login card, for a household member in the signed-in team member's or
     * admin's area who forgot theirs: a fresh card password (as on a first card), every session of the
     * account ended, its earlier card links void, and a new one-time link. Recorded: whose password,
     * reset by whom, when. Only for an account that holds nothing but learner roles: a staff account
     * keeps its own password.
     *
     * @throws AccountException CARD_NOT_FOR_STAFF for any other account, NO_LOGIN for a person without one
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public LoginCard resetResidentPassword(long personId) {
        return resetPassword(checkArea(personId), personId);
    }

    /**
     * {@link #resetResidentPassword} for a student of the signed-in teacher's own class that is not
     * archived (a {@link PersonCardGrant}: whoever may print the student's card may renew its password).
     *
     * @throws AccountException CARD_NOT_FOR_STAFF for an account that holds more than learner roles
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEACHER')")
    public LoginCard resetStudentPassword(long personId) {
        return resetPassword(checkCardGrant(personId), personId);
    }

    private LoginCard resetPassword(long resetBy, long personId) {
        Account account = accounts.findByPersonId(personId)
                .orElseThrow(() -> new AccountException(AccountException.Reason.NO_LOGIN));
        if (!isLearnerOnly(account)) {
            throw new AccountException(AccountException.Reason.CARD_NOT_FOR_STAFF);
        }
        if (!account.isEnabled()) {
            throw new AccessDeniedException("account disabled");
        }
        long id = Objects.requireNonNull(account.getId());
        // first, so the account row is locked (LoginLinks) before the reset's row below takes a shared
        // lock on it: of two resets of one account at once the second waits for the first (and then
        // meets the account's changed @Version) instead of both holding the shared lock and each
        // waiting for the other's to write the account
        String token = links.issue(id, resetBy);
        String password = cardPassword(account.getLogin());
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setCardPassword(true);
        account.endSessions();
        epochs.forget(id);
        // the failed tries of a resident who forgot the password must not lock out the new one
        throttle.succeeded(account.getLogin());
        jdbc.sql("INSERT INTO password_reset (account_id, reset_by, reset_at) VALUES (?, ?, ?)")
                .params(id, resetBy, Timestamp.from(clock.instant()))
                .update();
        return new LoginCard(account.getLogin(), password, token);
    }

    /**
     * A new one-time sign-in link for a person's existing account (a lost or expired card); the
     * earlier links of the account stop working. Only for an account that holds nothing but learner
     * roles ({@link Roles#CARD_ROLES}): a link signs in without a password.
     *
     * @throws AccountException CARD_NOT_FOR_STAFF for any other account
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<String> newLoginLink(long personId) {
        return newLink(checkArea(personId), personId);
    }

    private Optional<String> newLink(long createdBy, long personId) {
        return accounts.findByPersonId(personId).map(a -> {
            if (!isLearnerOnly(a)) {
                throw new AccountException(AccountException.Reason.CARD_NOT_FOR_STAFF);
            }
            return links.issue(a.getId(), createdBy);
        });
    }

    /** Whether a login card may be printed for this person: no account yet, or a learner-only one. */
    @Transactional(readOnly = true)
    public boolean cardAllowed(long personId) {
        return accounts.findByPersonId(personId)
                .map(AccountService::isLearnerOnly)
                .orElse(true);
    }

    static boolean isLearnerOnly(Account account) {
        return !account.getRoles().isEmpty() && Roles.CARD_ROLES.containsAll(account.getRoles());
    }

    /** The name of the person a one-time link would sign in, without spending the link. */
    @Transactional(readOnly = true)
    public Optional<String> linkHolder(String token) {
        return links.peek(token)
                .flatMap(accounts::findById)
                .filter(a -> a.isEnabled() && isLearnerOnly(a))
                .map(Account::getDisplayName);
    }

    /**
     * Spends a one-time link and returns the sign-in it gives: only an enabled, learner-only account
     * (roles may have changed since the card was printed).
     */
    @Transactional
    public Optional<Authentication> signInWithLink(String token) {
        return links.redeem(token)
                .flatMap(accounts::findById)
                .filter(a -> a.isEnabled() && isLearnerOnly(a))
                .map(a -> {
                    SignedInUser user = users.toUser(a);
                    a.setLastLoginAt(clock.instant());
                    var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                    auth.setDetails(SignInWay.CARD_LINK);
                    return auth;
                });
    }

    /**
     * Whether to ask the signed-in person to choose a password of their own: they came in by a login
     * card's link, their password is still the card's, and they have not said they go on signing in
     * by card.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayChooseOwnPassword() {
        return inByCard().filter(a -> !a.declinedOwnPassword()).isPresent();
    }

    /**
     * Replaces the card's password of a person just signed in by the card's link with one they chose
     * (the card's password is not typed again: the card was in their hand). Ends the account's other
     * sessions and unused links, as any password change does; returns the sign-in for this session
     * to go on with (switch to it).
     *
     * @throws AccountException TOO_SHORT, TOO_LONG, TOO_COMMON or SAME_AS_OLD
     * @throws AccessDeniedException when this session did not come in by card, or the password is no
     *     longer the card's
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Authentication chooseMyPassword(String newPassword) {
        Account account = inByCard().orElseThrow(() -> new AccessDeniedException("not signed in by card"));
        PasswordRules.check(newPassword, account.getLogin());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountException(AccountException.Reason.SAME_AS_OLD);
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setCardPassword(false);
        account.endSessions();
        links.revokeAll(Objects.requireNonNull(account.getId()));
        epochs.forget(account.getId());
        SignedInUser renewed = users.toUser(account);
        return UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
    }

    /**
     * Remembers that the person just signed in by card goes on signing in by card: they are not asked
     * to choose a password again until a new card's password is set.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void keepSigningInByCard() {
        inByCard().ifPresent(a -> a.declineOwnPassword(clock.instant()));
    }

    /** The signed-in account, when this session came in by a card's link and still has the card's password. */
    private Optional<Account> inByCard() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<SignedInUser> me = currentUser.get();
        if (auth == null
                || auth.getDetails() != SignInWay.CARD_LINK
                || me.isEmpty()
                || me.get().getHelper().isPresent()) {
            return Optional.empty();
        }
        return accounts.findById(me.get().getAccountId())
                .filter(a -> a.isEnabled() && a.hasCardPassword() && isLearnerOnly(a));
    }

    /**
     * Disables an account in the admin's area: it can no longer sign in, its links stop working and
     * its open sessions end at their next request.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void disable(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccessDeniedException("account"));
        if (currentUser.get().isPresent()) {
            boolean inArea = account.getPersonId() != null
                    ? areaCheck.isInMyArea(account.getPersonId())
                    : !account.getAreaPlaceIds().isEmpty()
                            && account.getAreaPlaceIds().stream().allMatch(placeAreas::isInMyArea);
            if (!inArea) {
                throw new AccessDeniedException("account outside the area");
            }
        }
        account.disable();
        links.revokeAll(accountId);
        epochs.forget(accountId);
    }

    /**
     * Starts helping a resident learn on this device: returns the sign-in to switch to, which learns
     * as the resident (their progress is theirs) with the helper noted on what they do. The caller
     * has checked the person is a household member in its area; this checks the area again.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Authentication startHelping(long personId, String residentName) {
        SignedInUser helper = currentUser.require();
        if (helper.getHelper().isPresent()) {
            throw new AccountException(AccountException.Reason.ALREADY_HELPING);
        }
        checkArea(personId);
        jdbc.sql("INSERT INTO assist_session (helper_account_id, person_id, started_at) VALUES (?, ?, ?)")
                .params(helper.getAccountId(), personId, Timestamp.from(clock.instant()))
                .update();
        SignedInUser helped = SignedInUser.helping(helper, personId, residentName);
        return UsernamePasswordAuthenticationToken.authenticated(helped, null, helped.getAuthorities());
    }

    /**
     * Ends a helped session once the helper has typed their own password (the phone may have been
     * left with the resident): returns the helper's own sign-in to switch back to; empty when not
     * helping.
     *
     * @throws AccountException WRONG_PASSWORD, and the helper stays signed in as the resident
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Optional<Authentication> stopHelping(String helperPassword) {
        SignedInUser current = currentUser.require();
        return current.getHelper().map(helper -> {
            Account own = accounts.findById(helper.getAccountId()).orElseThrow();
            // guesses here count with failed sign-ins of the same account
            if (throttle.blockedFor(own.getLogin(), HELPING_ADDRESS).isPresent()) {
                throw new AccountException(AccountException.Reason.THROTTLED);
            }
            if (!passwordEncoder.matches(helperPassword, own.getPasswordHash())) {
                throttle.failed(own.getLogin(), HELPING_ADDRESS);
                throw new AccountException(AccountException.Reason.WRONG_PASSWORD);
            }
            jdbc.sql("UPDATE assist_session SET ended_at = ? WHERE helper_account_id = ? AND person_id = ?"
                            + " AND ended_at IS NULL")
                    .params(
                            Timestamp.from(clock.instant()),
                            helper.getAccountId(),
                            current.getPersonId().orElseThrow())
                    .update();
            return UsernamePasswordAuthenticationToken.authenticated(helper, null, helper.getAuthorities());
        });
    }

    /** The acting account, after checking the person lives in its area (the application itself may act anywhere). */
    private long checkArea(long personId) {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty()) {
            return 0L; // the application itself (SYSTEM)
        }
        if (!areaCheck.isInMyArea(personId)) {
            throw new AccessDeniedException("person outside the area");
        }
        return user.get().getAccountId();
    }

    /** The acting account, after checking a {@link PersonCardGrant} ties the person to it (or the application itself). */
    private long checkCardGrant(long personId) {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty()) {
            return 0L; // the application itself (SYSTEM)
        }
        if (cardGrants.stream().noneMatch(grant -> grant.mayPrintCard(user.get(), personId))) {
            throw new AccessDeniedException("no card for this person");
        }
        return user.get().getAccountId();
    }

    /** The people whose accounts hold {@code role}: officials, for their commune's roster. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('OFFICIAL','COMMUNE_ADMIN','PROVINCE_ADMIN','SYSTEM')")
    public Set<Long> personsWithRole(String role) {
        return Set.copyOf(jdbc.sql("SELECT a.person_id FROM account a JOIN account_role r ON r.account_id = a.id"
                        + " WHERE r.role = ? AND a.person_id IS NOT NULL")
                .param(role)
                .query(Long.class)
                .list());
    }

    /**
     * Accounts' display names, by account: who recorded a visit, shown to the household's team and to
     * the household itself. A name only; what an account may do stays with it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, display_name FROM account WHERE id IN (:ids)")
                .param("ids", accountIds)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    /** The login (phone or username) of a person's account, if they have one. */
    @Transactional(readOnly = true)
    public Optional<String> loginOfPerson(long personId) {
        return accounts.findByPersonId(personId).map(Account::getLogin);
    }

    /** Whether an account with this username or phone number exists. */
    @Transactional(readOnly = true)
    public boolean loginExists(String login) {
        return PhoneNumbers.normalize(login).map(accounts::existsByPhone).orElse(false)
                || accounts.existsByUsername(login.strip());
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Account mine() {
        return accounts.findById(currentUser.require().getAccountId()).orElseThrow();
    }

    /**
     * Changes the signed-in person's password after checking the current one, and ends the
     * account's other sessions and unused login links. Returns the sign-in for this session to go on
     * with (switch to it: {@code SignInSwitch.to}).
     *
     * @throws AccountException with WRONG_PASSWORD, TOO_SHORT, TOO_LONG, TOO_COMMON or SAME_AS_OLD
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Authentication changeMyPassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        if (me.getHelper().isPresent()) {
            throw new AccountException(AccountException.Reason.ALREADY_HELPING);
        }
        Account account = accounts.findById(me.getAccountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException(AccountException.Reason.WRONG_PASSWORD);
        }
        PasswordRules.check(newPassword, account.getLogin());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountException(AccountException.Reason.SAME_AS_OLD);
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setCardPassword(false);
        // every other session of this account ends; login cards printed before stop working
        account.endSessions();
        links.revokeAll(account.getId());
        epochs.forget(account.getId());
        SignedInUser renewed = users.toUser(account);
        return UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
    }

    /** The signed-in person's language and text size, or empty for a visitor. */
    @Transactional(readOnly = true)
    public Optional<Preferences> myPreferences() {
        return currentUser
                .get()
                .flatMap(user -> accounts.findById(user.getAccountId()))
                .map(a -> new Preferences(a.getLocale(), a.isLargeText()));
    }

    /** Remembers the signed-in person's language and text size; does nothing for a visitor. */
    @Transactional
    public void saveMyPreferences(Preferences preferences) {
        currentUser
                .get()
                .flatMap(user -> accounts.findById(user.getAccountId()))
                .ifPresent(account -> {
                    account.setLocale(preferences.locale());
                    account.setLargeText(preferences.largeText());
                });
    }

    /** A person's display choices, remembered across devices. */
    public record Preferences(Locale locale, boolean largeText) {}

    @Transactional
    void recordSignIn(long accountId) {
        accounts.findById(accountId).ifPresent(a -> a.setLastLoginAt(clock.instant()));
    }

    /** An admin gives only roles of their level or below, and areas inside their own. */
    private void checkGrant(Set<String> roles, Set<Long> areas) {
        Optional<SignedInUser> admin = currentUser.get();
        if (admin.isEmpty()) {
            return; // the application itself (demo data)
        }
        Set<String> own = admin.get().getAuthorities().stream()
                .map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .collect(Collectors.toSet());
        if (!Roles.grantableBy(own).containsAll(roles) || !areas.stream().allMatch(placeAreas::isInMyArea)) {
            throw new AccountException(AccountException.Reason.GRANT_ABOVE_OWN);
        }
    }
}

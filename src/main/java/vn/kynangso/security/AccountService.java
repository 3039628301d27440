package vn.kynangso.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating logins, changing passwords, and each person's display preferences. */
@Service
public class AccountService {

    /** Shortest password a person may choose; long enough to resist guessing, short enough for phones. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final AccountRepository accounts;
    private final LoginLinks links;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final PersonAreaCheck areaCheck;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            LoginLinks links,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            PersonAreaCheck areaCheck,
            JdbcClient jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.areaCheck = areaCheck;
        this.jdbc = jdbc;
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
     * refused with {@link AccountException.Reason#LOGIN_TAKEN}.
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
        checkStrength(request.password());
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
        long createdBy = checkArea(personId);
        if (accounts.findByPersonId(personId).isPresent()) {
            throw new AccountException(AccountException.Reason.LOGIN_TAKEN);
        }
        String normalized = phone == null ? null : PhoneNumbers.normalize(phone).orElse(null);
        boolean phoneFree = normalized != null && !accounts.existsByPhone(normalized);
        String password = String.format("%08d", new java.security.SecureRandom().nextInt(100_000_000));
        Account account = new Account(displayName, passwordEncoder.encode(password), clock.instant());
        if (phoneFree) {
            account.setPhone(normalized);
        } else {
            account.setUsername("hv" + personId);
        }
        account.setRoles(Set.of(Roles.RESIDENT));
        account.setPersonId(personId);
        accounts.save(account);
        return new LoginCard(account.getLogin(), password, links.issue(account.getId(), createdBy));
    }

    /** A new one-time sign-in link for a person's existing account (a lost or expired card). */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TEAM_MEMBER','COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public Optional<String> newLoginLink(long personId) {
        long createdBy = checkArea(personId);
        return accounts.findByPersonId(personId).map(a -> links.issue(a.getId(), createdBy));
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

    /** Ends a helped session: returns the helper's own sign-in to switch back to; empty when not helping. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Optional<Authentication> stopHelping() {
        SignedInUser current = currentUser.require();
        return current.getHelper().map(helper -> {
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
            throw new org.springframework.security.access.AccessDeniedException("person outside the area");
        }
        return user.get().getAccountId();
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
     * Changes the signed-in person's password after checking the current one.
     *
     * @throws AccountException with WRONG_PASSWORD, TOO_SHORT or SAME_AS_OLD
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword) {
        Account account =
                accounts.findById(currentUser.require().getAccountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException(AccountException.Reason.WRONG_PASSWORD);
        }
        checkStrength(newPassword);
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountException(AccountException.Reason.SAME_AS_OLD);
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
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

    private static void checkStrength(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException(AccountException.Reason.TOO_SHORT);
        }
    }
}

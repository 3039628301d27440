package vn.kynangso.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What accounts hold about people, for their data rights: a person's own account and who helped
 * them learn, the names of the staff who appear in their records, and closing the account of a
 * person whose data was erased.
 */
@Service
public class AccountRecords {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final PersonAreaCheck areaCheck;
    private final PasswordEncoder passwordEncoder;
    private final LoginLinks links;
    private final SessionEpochs epochs;
    private final SecureRandom random = new SecureRandom();

    AccountRecords(
            JdbcClient jdbc,
            CurrentUser currentUser,
            PersonAreaCheck areaCheck,
            PasswordEncoder passwordEncoder,
            LoginLinks links,
            SessionEpochs epochs) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.areaCheck = areaCheck;
        this.passwordEncoder = passwordEncoder;
        this.links = links;
        this.epochs = epochs;
    }

    /** A login as its owner may see it. */
    public record AccountSummary(
            String login,
            String displayName,
            Set<String> roles,
            Instant createdAt,
            @Nullable Instant lastLoginAt,
            String language,
            boolean enabled) {}

    /** One time someone helped a person learn on the helper's device. */
    public record HelpSession(
            String helper, Instant startedAt, @Nullable Instant endedAt) {}

    /**
     * The signed-in person's own account: the account of the learner behind the sign-in (the resident
     * in a helped session), or the account itself for staff without a person record.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<AccountSummary> mine() {
        SignedInUser user = currentUser.require();
        String where = user.getPersonId().isPresent() ? "person_id = ?" : "id = ?";
        long key = user.getPersonId().orElse(user.getAccountId());
        return jdbc.sql("SELECT id, username, phone, display_name, created_at, last_login_at, locale, enabled"
                        + " FROM account WHERE " + where)
                .param(key)
                .query((rs, n) -> {
                    Timestamp last = rs.getTimestamp(6);
                    String username = rs.getString(2);
                    String phone = rs.getString(3);
                    return new AccountSummary(
                            username != null ? username : phone != null ? phone : "",
                            rs.getString(4),
                            rolesOf(rs.getLong(1)),
                            rs.getTimestamp(5).toInstant(),
                            last == null ? null : last.toInstant(),
                            rs.getString(7),
                            rs.getBoolean(8));
                })
                .optional();
    }

    /** Who helped the signed-in learner learn on their own device, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HelpSession> myHelpSessions() {
        Optional<Long> person = currentUser.require().getPersonId();
        if (person.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT a.display_name, s.started_at, s.ended_at FROM assist_session s
                        JOIN account a ON a.id = s.helper_account_id
                        WHERE s.person_id = ? ORDER BY s.started_at DESC, s.id DESC
                        """)
                .param(person.get())
                .query((rs, n) -> {
                    Timestamp ended = rs.getTimestamp(3);
                    return new HelpSession(
                            rs.getString(1), rs.getTimestamp(2).toInstant(), ended == null ? null : ended.toInstant());
                })
                .list();
    }

    /** Display names of accounts, for records that say who did something (a visit, a change, a read). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> names(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, display_name FROM account WHERE id IN (:ids)")
                .param("ids", Set.copyOf(accountIds))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    /**
     * Closes the account of a person whose data is being erased: it can no longer sign in (password
     * replaced, unused sign-in links void, open sessions ended at their next request), and it no
     * longer names or reaches them (display name replaced, phone number removed). Returns whether the person had an account. The row stays:
     * records of what the account did still point to it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public boolean closeAccountOf(long personId, String placeholderName) {
        if (!areaCheck.isInMyArea(personId)) {
            throw new AccessDeniedException("person outside the area");
        }
        Optional<Long> account = jdbc.sql("SELECT id FROM account WHERE person_id = ?")
                .param(personId)
                .query(Long.class)
                .optional();
        if (account.isEmpty()) {
            return false;
        }
        long id = account.get();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        jdbc.sql("UPDATE account SET enabled = FALSE, phone = NULL, username = ?, display_name = ?,"
                        + " password_hash = ?, session_epoch = session_epoch + 1 WHERE id = ?")
                .params(
                        "closed-" + id,
                        placeholderName,
                        passwordEncoder.encode(Base64.getEncoder().encodeToString(secret)),
                        id)
                .update();
        links.revokeAll(id);
        epochs.forget(id);
        return true;
    }

    /** A person's corrected name becomes their account's name (the login itself does not change). */
    @Transactional
    @PreAuthorize("hasAnyRole('COMMUNE_ADMIN','PROVINCE_ADMIN')")
    public void renameAccountOf(long personId, String displayName) {
        if (!areaCheck.isInMyArea(personId)) {
            throw new AccessDeniedException("person outside the area");
        }
        jdbc.sql("UPDATE account SET display_name = ? WHERE person_id = ?")
                .params(displayName, personId)
                .update();
    }

    private Set<String> rolesOf(long accountId) {
        return new TreeSet<>(jdbc.sql("SELECT role FROM account_role WHERE account_id = ?")
                .param(accountId)
                .query(String.class)
                .list());
    }
}

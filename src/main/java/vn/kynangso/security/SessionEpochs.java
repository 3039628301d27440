package vn.kynangso.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in session may go on: its account is still enabled and its password has not
 * changed since (the account's session epoch is the one the session began with). Read at most
 * every few seconds per account, so every node of a cluster ends the sessions within that time.
 */
@Component
class SessionEpochs {

    private record State(int epoch, boolean enabled) {}

    private final JdbcClient jdbc;
    private final Cache<Long, State> states = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(5))
            .maximumSize(100_000)
            .build();
    /**
     * The last state read per account, kept longer: while the database cannot be reached it stands
     * in for a fresh read (DD012), so that a signed-in learner's tap reaches the screen, which says
     * the connection is lost, instead of failing here with an error page. Nothing can be read or
     * written without the database anyway; the check is made again as soon as it answers.
     */
    private final Cache<Long, State> lastKnown = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(30))
            .maximumSize(100_000)
            .build();

    SessionEpochs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isCurrent(SignedInUser user) {
        State state = states.get(user.getAccountId(), this::load);
        return state != null && state.enabled() && state.epoch() == user.getSessionEpoch();
    }

    /** After a change on this node: read again at once. */
    void forget(long accountId) {
        states.invalidate(accountId);
    }

    private State load(long accountId) {
        State state;
        try {
            state = jdbc.sql("SELECT session_epoch, enabled FROM account WHERE id = ?")
                    .param(accountId)
                    .query((rs, n) -> new State(rs.getInt(1), rs.getBoolean(2)))
                    .optional()
                    .orElse(new State(-1, false));
        } catch (DataAccessResourceFailureException noConnection) {
            State known = lastKnown.getIfPresent(accountId);
            if (known != null) {
                return known; // cached for a few seconds like a read: one wait per account, not per request
            }
            throw noConnection;
        }
        lastKnown.put(accountId, state);
        return state;
    }
}

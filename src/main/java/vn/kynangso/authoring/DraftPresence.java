package vn.kynangso.authoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kynangso.security.CurrentUser;

/**
 * Who else has a draft open: each open editor says so every few seconds, and hears who else did
 * within {@link #GONE_AFTER}. Kept in the database, so trainers on different servers see each other.
 */
@Service
public class DraftPresence {

    /** An editor not heard from for this long has been closed. */
    static final Duration GONE_AFTER = Duration.ofSeconds(45);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;

    DraftPresence(JdbcClient jdbc, Clock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** I have the draft open; returns the other accounts that have it open too. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public List<Long> here(long draftId) {
        long me = currentUser.require().getAccountId();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO draft_presence (draft_id, account_id, seen_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at)")
                .params(draftId, me, Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT account_id FROM draft_presence WHERE draft_id = ? AND account_id <> ? AND seen_at >= ?"
                        + " ORDER BY seen_at DESC")
                .params(draftId, me, Timestamp.from(now.minus(GONE_AFTER)))
                .query(Long.class)
                .list();
    }

    /** I closed the draft. */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public void left(long draftId) {
        jdbc.sql("DELETE FROM draft_presence WHERE draft_id = ? AND account_id = ?")
                .params(draftId, currentUser.require().getAccountId())
                .update();
    }
}

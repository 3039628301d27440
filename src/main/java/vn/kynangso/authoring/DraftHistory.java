package vn.kynangso.authoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a draft: who, when, what (and the text before it). Autosaves of one field by one
 * person within {@link #SAME_EDIT} are one entry, so the record reads as edits, not keystrokes.
 */
@Service
public class DraftHistory {

    static final Duration SAME_EDIT = Duration.ofMinutes(10);

    /** One recorded change; {@code detail} is the text before an edit, or a comment. */
    public record Entry(
            Instant at,
            long accountId,
            String action,
            @Nullable String field,
            @Nullable String detail) {}

    private final JdbcClient jdbc;

    DraftHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The draft's changes, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM','TRAINER','PROVINCE_ADMIN')")
    public List<Entry> of(long draftId) {
        return jdbc.sql("SELECT at, account_id, action, field, detail FROM draft_event WHERE draft_id = ?"
                        + " ORDER BY at DESC, id DESC")
                .param(draftId)
                .query((rs, n) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** Accounts that wrote or edited the draft (who may therefore not approve it). */
    @Transactional(readOnly = true)
    Optional<Long> anyEditor(long draftId, long accountId) {
        return jdbc.sql("SELECT account_id FROM draft_event WHERE draft_id = ? AND account_id = ?"
                        + " AND action IN ('CREATED', 'EDITED', 'ADDED', 'REMOVED', 'MOVED', 'IMPORTED', 'TRANSLATED')"
                        + " LIMIT 1")
                .params(draftId, accountId)
                .query(Long.class)
                .optional();
    }

    /** Called inside the writer's transaction. */
    void record(
            long draftId, long accountId, String action, @Nullable String field, @Nullable String detail, Instant at) {
        if (action.equals("EDITED") && field != null) {
            Optional<Long> last = jdbc.sql("SELECT id FROM draft_event WHERE draft_id = ? ORDER BY id DESC LIMIT 1")
                    .param(draftId)
                    .query(Long.class)
                    .optional()
                    .filter(id -> jdbc.sql("SELECT COUNT(*) FROM draft_event WHERE id = ? AND account_id = ?"
                                            + " AND action = 'EDITED' AND field = ? AND at >= ?")
                                    .params(id, accountId, field, Timestamp.from(at.minus(SAME_EDIT)))
                                    .query(Integer.class)
                                    .single()
                            > 0);
            if (last.isPresent()) {
                jdbc.sql("UPDATE draft_event SET at = ? WHERE id = ?")
                        .params(Timestamp.from(at), last.get())
                        .update();
                return;
            }
        }
        jdbc.sql("INSERT INTO draft_event (draft_id, at, account_id, action, field, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(draftId, Timestamp.from(at), accountId, action, field, detail)
                .update();
    }
}

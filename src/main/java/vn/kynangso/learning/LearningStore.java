package vn.kynangso.learning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.kynangso.catalog.Skill;

/**
 * Learning's rows written with plain SQL. Answers given and skills gained are only ever added (a
 * second save of the same one is ignored, so the first stays); a lesson read is added once, then
 * each new reading updates when it was last read and who helped.
 */
@Repository
class LearningStore {

    /** One saved answer: the original choice indices the learner gave, and the points it earned. */
    record SavedAnswer(int position, String questionCode, List<Integer> response, BigDecimal points, Instant at) {}

    /** A lesson read: when first finished, when last read. */
    record LessonRead(int lessonIndex, Instant firstCompletedAt, Instant lastReadAt) {}

    private final JdbcClient jdbc;

    LearningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lessonRead(long enrolmentId, int lessonIndex, Instant at, @Nullable Long helperAccountId) {
        jdbc.sql("""
                        INSERT INTO lesson_progress
                            (enrolment_id, lesson_index, first_completed_at, last_read_at, helper_account_id)
                        VALUES (?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE last_read_at = VALUES(last_read_at),
                            helper_account_id = VALUES(helper_account_id)
                        """)
                .params(enrolmentId, lessonIndex, Timestamp.from(at), Timestamp.from(at), helperAccountId)
                .update();
    }

    Map<Integer, LessonRead> lessonsRead(long enrolmentId) {
        return jdbc
                .sql(
                        "SELECT lesson_index, first_completed_at, last_read_at FROM lesson_progress WHERE enrolment_id = ?")
                .param(enrolmentId)
                .query((rs, n) -> new LessonRead(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(LessonRead::lessonIndex, r -> r));
    }

    /**
     * Carries an enrolment's lessons read onto a correction: each kept lesson's row moves to its new
     * index with its dates and helper; rows of lessons not in {@code newIndex} are dropped.
     */
    void carryLessons(long enrolmentId, Map<Integer, Integer> newIndex) {
        record Row(
                int index,
                Timestamp first,
                Timestamp last,
                @Nullable Long helper) {}
        List<Row> rows = jdbc.sql("""
                        SELECT lesson_index, first_completed_at, last_read_at, helper_account_id
                        FROM lesson_progress WHERE enrolment_id = ?
                        """)
                .param(enrolmentId)
                .query((rs, n) ->
                        new Row(rs.getInt(1), rs.getTimestamp(2), rs.getTimestamp(3), rs.getObject(4, Long.class)))
                .list();
        jdbc.sql("DELETE FROM lesson_progress WHERE enrolment_id = ?")
                .param(enrolmentId)
                .update();
        for (Row row : rows) {
            Integer index = newIndex.get(row.index());
            if (index != null) {
                jdbc.sql("""
                                INSERT INTO lesson_progress
                                    (enrolment_id, lesson_index, first_completed_at, last_read_at, helper_account_id)
                                VALUES (?, ?, ?, ?, ?)
                                """)
                        .params(enrolmentId, index, row.first(), row.last(), row.helper())
                        .update();
            }
        }
    }

    /** Notes that an enrolment was moved from one course version to another, the learner not yet told. */
    void recordMove(long enrolmentId, long personId, long fromVersionId, long toVersionId, Instant at) {
        jdbc.sql("""
                        INSERT INTO enrolment_move (enrolment_id, person_id, from_version_id, to_version_id, moved_at)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                .params(enrolmentId, personId, fromVersionId, toVersionId, Timestamp.from(at))
                .update();
    }

    /** A move not yet shown to the learner: the version moved from and to, and when (the newest, if several). */
    record Move(long fromVersionId, long toVersionId, Instant at) {}

    Optional<Move> unseenMove(long enrolmentId) {
        return jdbc.sql("""
                        SELECT from_version_id, to_version_id, moved_at FROM enrolment_move
                        WHERE enrolment_id = ? AND notice_seen_at IS NULL ORDER BY id DESC LIMIT 1
                        """)
                .param(enrolmentId)
                .query((rs, n) -> new Move(
                        rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    void moveSeen(long enrolmentId, Instant at) {
        jdbc.sql("UPDATE enrolment_move SET notice_seen_at = ? WHERE enrolment_id = ? AND notice_seen_at IS NULL")
                .params(Timestamp.from(at), enrolmentId)
                .update();
    }

    /** Whether someone helped the learner read any of the course's lessons (as last recorded). */
    boolean lessonsHelped(long enrolmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ? AND helper_account_id IS NOT NULL")
                        .param(enrolmentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Saves an answer unless one is already there; returns whether this call saved it. */
    boolean saveAnswer(long attemptId, SavedAnswer answer) {
        int rows = jdbc.sql("""
                        INSERT IGNORE INTO attempt_answer (attempt_id, position, question_code, response, points, answered_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        attemptId,
                        answer.position(),
                        answer.questionCode(),
                        StoredLists.Answer.FORM.convertToDatabaseColumn(answer.response()),
                        answer.points(),
                        Timestamp.from(answer.at()))
                .update();
        return rows == 1;
    }

    /** A row of {@code SELECT position, question_code, response, points, answered_at FROM attempt_answer}. */
    private static final RowMapper<SavedAnswer> SAVED_ANSWER = (rs, n) -> new SavedAnswer(
            rs.getInt(1),
            rs.getString(2),
            StoredLists.Answer.FORM.convertToEntityAttribute(rs.getString(3)),
            rs.getBigDecimal(4),
            rs.getTimestamp(5).toInstant());

    /** The answer saved at {@code position} of an attempt, if any. */
    Optional<SavedAnswer> answer(long attemptId, int position) {
        return jdbc.sql("""
                        SELECT position, question_code, response, points, answered_at FROM attempt_answer
                        WHERE attempt_id = ? AND position = ?
                        """).params(attemptId, position).query(SAVED_ANSWER).optional();
    }

    Map<Integer, SavedAnswer> answers(long attemptId) {
        return jdbc
                .sql(
                        "SELECT position, question_code, response, points, answered_at FROM attempt_answer WHERE attempt_id = ?")
                .param(attemptId)
                .query(SAVED_ANSWER)
                .list()
                .stream()
                .collect(Collectors.toMap(SavedAnswer::position, a -> a));
    }

    /** Records a skill as gained unless the person already has it; returns whether it is new. */
    boolean gainSkill(long personId, Skill skill, Instant at, long courseVersionId, long attemptId) {
        return jdbc.sql("""
                        INSERT IGNORE INTO proficiency (person_id, skill, achieved_at, course_version_id, attempt_id)
                        VALUES (?, ?, ?, ?, ?)
                        """)
                        .params(personId, skill.name(), Timestamp.from(at), courseVersionId, attemptId)
                        .update()
                == 1;
    }

    Map<Skill, Instant> skills(long personId) {
        return jdbc
                .sql("SELECT skill, achieved_at FROM proficiency WHERE person_id = ?")
                .param(personId)
                .query((rs, n) -> Map.entry(
                        Skill.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<Instant> skill(long personId, Skill skill) {
        return Optional.ofNullable(skills(personId).get(skill));
    }
}

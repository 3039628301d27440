-- An answer, saved the moment it is given; one per question of an attempt, never changed after.
CREATE TABLE attempt_answer (
    attempt_id    BIGINT       NOT NULL,
    position      INT          NOT NULL,
    question_code VARCHAR(100) NOT NULL,
    response      VARCHAR(200) NOT NULL,
    points        DECIMAL(6, 3) NOT NULL,
    answered_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

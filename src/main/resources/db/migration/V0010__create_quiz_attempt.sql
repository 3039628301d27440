-- One go at a course's assessment: which questions were drawn, in which order their answers are shown.
CREATE TABLE quiz_attempt (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id      BIGINT        NOT NULL,
    number            INT           NOT NULL,
    question_codes    VARCHAR(4000) NOT NULL,
    display_orders    VARCHAR(4000) NOT NULL,
    started_at        TIMESTAMP(6)  NOT NULL,
    submitted_at      TIMESTAMP(6)  NULL,
    score             DECIMAL(7, 3) NULL,
    max_score         INT           NOT NULL,
    passed            BOOLEAN       NULL,
    helper_account_id BIGINT        NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_quiz_attempt UNIQUE (enrolment_id, number),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

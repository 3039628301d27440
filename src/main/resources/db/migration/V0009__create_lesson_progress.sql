-- A lesson read to the end: first time (completion) and last time (review before a retake).
CREATE TABLE lesson_progress (
    enrolment_id       BIGINT       NOT NULL,
    lesson_index       INT          NOT NULL,
    first_completed_at TIMESTAMP(6) NOT NULL,
    last_read_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_index),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

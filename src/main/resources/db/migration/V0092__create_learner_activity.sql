-- Where each learner is in learning now, for a teacher's live class board: the course and the lesson
-- open or the quiz question they are on, when they last did anything (seen_at) and last moved on
-- (progress_at: a lesson read to the end, a question answered, an attempt handed in), and how many
-- attempts in a row they failed on that course (failed_at: the last one). One row a learner.
CREATE TABLE learner_activity (
    person_id         BIGINT       NOT NULL PRIMARY KEY,
    course_code       VARCHAR(100) NOT NULL,
    lesson_index      INT          NULL,
    question_position INT          NULL,
    questions         INT          NULL,
    seen_at           TIMESTAMP(6) NOT NULL,
    progress_at       TIMESTAMP(6) NOT NULL,
    failed_in_row     INT          NOT NULL DEFAULT 0,
    failed_at         TIMESTAMP(6) NULL,
    CONSTRAINT fk_learner_activity_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

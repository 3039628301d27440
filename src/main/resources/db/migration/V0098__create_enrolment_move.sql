-- A learner moved mid-course onto a correction of the course: who, from which version to which,
-- when, and when they saw the notice that told them (NULL until they have).
CREATE TABLE enrolment_move (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    enrolment_id    BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    from_version_id BIGINT       NOT NULL,
    to_version_id   BIGINT       NOT NULL,
    moved_at        TIMESTAMP(6) NOT NULL,
    notice_seen_at  TIMESTAMP(6) NULL,
    CONSTRAINT fk_enrolment_move_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_enrolment_move_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrolment_move_from FOREIGN KEY (from_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_enrolment_move_to FOREIGN KEY (to_version_id) REFERENCES course_version (id),
    INDEX ix_enrolment_move_enrolment (enrolment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

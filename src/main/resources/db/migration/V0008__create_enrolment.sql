-- A learner on a course. The version is fixed when they start: later content changes do not touch it.
CREATE TABLE enrolment (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id            BIGINT       NOT NULL,
    course_code          VARCHAR(100) NOT NULL,
    course_version_id    BIGINT       NOT NULL,
    started_at           TIMESTAMP(6) NOT NULL,
    passed_at            TIMESTAMP(6) NULL,
    completed_at         TIMESTAMP(6) NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_enrolment UNIQUE (person_id, course_code),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrolment_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    INDEX ix_enrolment_course (course_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

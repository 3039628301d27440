-- A person proficient in one of the five skills: they passed that skill's assessment.
CREATE TABLE proficiency (
    person_id         BIGINT       NOT NULL,
    skill             VARCHAR(32)  NOT NULL,
    achieved_at       TIMESTAMP(6) NOT NULL,
    course_version_id BIGINT       NOT NULL,
    attempt_id        BIGINT       NOT NULL,
    PRIMARY KEY (person_id, skill),
    CONSTRAINT fk_proficiency_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_proficiency_skill (skill)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every published version of a course, with its whole content as published (JSON), so learners keep
-- the version they started even after the files change. The current version is the newest not withdrawn.
CREATE TABLE course_version (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_code      VARCHAR(100) NOT NULL,
    revision         INT          NOT NULL,
    declared_version INT          NOT NULL,
    content_hash     CHAR(64)     NOT NULL,
    category         VARCHAR(16)  NOT NULL,
    skill            VARCHAR(32)  NULL,
    audience         VARCHAR(100) NOT NULL,
    content          LONGTEXT     NOT NULL,
    published_at     TIMESTAMP(6) NOT NULL,
    withdrawn_at     TIMESTAMP(6) NULL,
    CONSTRAINT uq_course_version UNIQUE (course_code, revision),
    INDEX ix_course_version_skill (skill)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

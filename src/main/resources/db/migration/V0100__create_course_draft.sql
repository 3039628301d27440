-- A course being written in the app: its whole source (course.yaml, lessons, questions, SOURCES.md
-- as JSON), where it stands (DRAFT → IN_REVIEW → PUBLISHED, or back to DRAFT with the reviewer's
-- comment), and the English texts waiting for their translator. One open draft per course
-- (open_code is the course code while the draft is DRAFT or IN_REVIEW, else NULL).
CREATE TABLE course_draft (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_code          VARCHAR(64)  NOT NULL,
    based_on_version_id  BIGINT       NULL,
    status               VARCHAR(16)  NOT NULL,
    source               LONGTEXT     NOT NULL,
    stale_english        LONGTEXT     NOT NULL,
    author_account_id    BIGINT       NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    updated_by           BIGINT       NOT NULL,
    submitted_at         TIMESTAMP(6) NULL,
    review_comment       TEXT         NULL,
    reviewed_by          BIGINT       NULL,
    reviewed_at          TIMESTAMP(6) NULL,
    published_version_id BIGINT       NULL,
    correction           BOOLEAN      NOT NULL DEFAULT FALSE,
    version              BIGINT       NOT NULL DEFAULT 0,
    open_code            VARCHAR(64)  AS (IF(status IN ('DRAFT', 'IN_REVIEW'), course_code, NULL)) PERSISTENT,
    CONSTRAINT uq_course_draft_open UNIQUE (open_code),
    INDEX ix_course_draft_code (course_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Pictures trainers add to a course in the app (not through content/ files). A picture is named by
-- its content (the first 16 hex digits of its SHA-256 and its extension), so storing the same
-- picture again finds the row already there. Prepared on upload: at most 300 KB, 1280 px.
CREATE TABLE course_image (
    course_code VARCHAR(100) NOT NULL,
    file_name   VARCHAR(40)  NOT NULL,
    bytes       MEDIUMBLOB   NOT NULL,
    media_type  VARCHAR(50)  NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (course_code, file_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

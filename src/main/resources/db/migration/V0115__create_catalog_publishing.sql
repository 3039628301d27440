-- One row whose lock every publication of course content holds until it commits (the content folder
-- at start, a course from the app): servers publishing at the same moment take turns, so none
-- computes a revision another is writing, and a start never fails on it (issue: several servers).
CREATE TABLE catalog_publishing (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO catalog_publishing (id) VALUES (1);

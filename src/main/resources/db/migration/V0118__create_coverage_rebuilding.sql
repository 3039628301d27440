-- One row whose lock a rebuild of the per-hamlet coverage summaries holds until it commits: two
-- servers starting at once on a database without summaries take turns, and the second finds them
-- built (issue: several servers).
CREATE TABLE coverage_rebuilding (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO coverage_rebuilding (id) VALUES (1);

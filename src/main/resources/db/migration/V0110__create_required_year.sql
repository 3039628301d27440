-- A commune's own list of officials' mandatory courses for a year (DD011): once its admin has assigned
-- or removed a course in that year, course_assignment holds the whole list, even when it is empty.
-- Without a row here the catalog's officials' courses apply, each due on its own deadline that year.
CREATE TABLE required_year (
    year       INT          NOT NULL,
    commune_id BIGINT       NOT NULL,
    set_by     BIGINT       NOT NULL,
    set_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (year, commune_id),
    CONSTRAINT fk_required_year_place FOREIGN KEY (commune_id) REFERENCES place (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the lists communes have already set are their own
INSERT INTO required_year (year, commune_id, set_by, set_at)
SELECT year, commune_id, MIN(assigned_by), MIN(assigned_at) FROM course_assignment GROUP BY year, commune_id;

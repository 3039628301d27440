-- A commune's officials' year-end evaluation once its year has ended: closed once (on 1 January, or
-- when first read after), its figures kept as they stood on 31 December and never recomputed.
CREATE TABLE evaluation_closing (
    year       INT          NOT NULL,
    commune_id BIGINT       NOT NULL,
    closed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (year, commune_id),
    CONSTRAINT fk_evaluation_closing_place FOREIGN KEY (commune_id) REFERENCES place (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per-hamlet coverage summary, kept in step with every registration and proficiency (same transaction),
-- so commune and province figures are sums over a few thousand rows instead of millions of people.
CREATE TABLE hamlet_coverage (
    hamlet_id          BIGINT NOT NULL PRIMARY KEY,
    commune_id         BIGINT NULL,
    province_id        BIGINT NULL,
    households         INT    NOT NULL DEFAULT 0,
    covered            INT    NOT NULL DEFAULT 0,
    public_services    INT    NOT NULL DEFAULT 0,
    online_shopping    INT    NOT NULL DEFAULT 0,
    online_payment     INT    NOT NULL DEFAULT 0,
    cyber_safety       INT    NOT NULL DEFAULT 0,
    digital_platforms  INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_hamlet_coverage_place FOREIGN KEY (hamlet_id) REFERENCES place (id),
    INDEX ix_hamlet_coverage_commune (commune_id),
    INDEX ix_hamlet_coverage_province (province_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE household (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hamlet_id      BIGINT       NOT NULL,
    address        VARCHAR(300) NOT NULL,
    head_person_id BIGINT       NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_household_hamlet FOREIGN KEY (hamlet_id) REFERENCES place (id),
    INDEX ix_household_hamlet (hamlet_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

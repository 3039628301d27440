-- Every read of a household's sensitive flags (disability, poverty) by someone other than its members:
-- who, when, which household, on which screen. One row per household shown.
CREATE TABLE sensitive_read (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    household_id BIGINT       NOT NULL,
    hamlet_id    BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    context      VARCHAR(32)  NOT NULL,
    read_at      TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_sensitive_read_household FOREIGN KEY (household_id) REFERENCES household (id),
    INDEX ix_sensitive_read_hamlet (hamlet_id, read_at),
    INDEX ix_sensitive_read_household (household_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

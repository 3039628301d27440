-- Every change of a sensitive flag: who, when, what.
CREATE TABLE sensitive_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    household_id BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    field        VARCHAR(32)  NOT NULL,
    old_value    VARCHAR(32)  NULL,
    new_value    VARCHAR(32)  NOT NULL,
    changed_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_sensitive_change_household FOREIGN KEY (household_id) REFERENCES household (id),
    INDEX ix_sensitive_change_household (household_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

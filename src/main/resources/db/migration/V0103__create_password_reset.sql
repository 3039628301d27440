-- A learner's password set anew on a new login card (forgotten password): whose, by whom, when.
CREATE TABLE password_reset (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    reset_by   BIGINT       NOT NULL,
    reset_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_password_reset_account (account_id),
    INDEX ix_password_reset_by (reset_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

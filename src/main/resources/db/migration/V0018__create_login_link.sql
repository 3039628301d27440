-- One-time, expiring sign-in links (the QR code on a resident's login card). Only a hash is kept.
CREATE TABLE login_link (
    token_hash CHAR(64)     NOT NULL PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    created_by BIGINT       NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6) NULL,
    CONSTRAINT fk_login_link_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_login_link_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A login. Residents sign in with their phone number, others with a username; either may be absent, not both.
CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NULL,
    username      VARCHAR(64)  NULL,
    phone         VARCHAR(20)  NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    locale        VARCHAR(8)   NOT NULL DEFAULT 'vi',
    large_text    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMP(6) NOT NULL,
    last_login_at TIMESTAMP(6) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_phone UNIQUE (phone),
    CONSTRAINT uq_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_account_login CHECK (username IS NOT NULL OR phone IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every household import that landed: who, when, which file (by content hash, so the same file is not imported twice).
CREATE TABLE household_import (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    households  INT          NOT NULL,
    persons     INT          NOT NULL,
    imported_at TIMESTAMP(6) NOT NULL,
    INDEX ix_household_import_sha (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

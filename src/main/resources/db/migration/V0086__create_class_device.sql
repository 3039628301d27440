-- Classroom computers in class mode: a teacher turned one on for a class, and the computer holds a
-- random credential (only its SHA-256 kept here) that shows that class's tiles and nothing else. It
-- lasts until the end of the day it was issued, or until the teacher turns it off (revoked_at).
CREATE TABLE class_device (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id    BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    revoked_at  TIMESTAMP(6) NULL,
    CONSTRAINT uq_class_device_token UNIQUE (token_hash),
    CONSTRAINT fk_class_device_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_class_device_account FOREIGN KEY (created_by) REFERENCES account (id),
    INDEX ix_class_device_class (class_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

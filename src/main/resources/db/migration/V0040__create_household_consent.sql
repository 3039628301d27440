-- A household's consent to one purpose of processing (PDPL 91/2025/QH15): who gave it, when, who recorded it,
-- which notice they were shown, and its withdrawal. One row per purpose per grant; a withdrawn row stays.
CREATE TABLE household_consent (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    household_id       BIGINT       NOT NULL,
    purpose            VARCHAR(32)  NOT NULL,
    given_by_person_id BIGINT       NULL,
    given_by_name      VARCHAR(200) NOT NULL,
    given_at           TIMESTAMP(6) NOT NULL,
    recorded_by        BIGINT       NOT NULL,
    method             VARCHAR(16)  NOT NULL,
    notice_version     VARCHAR(16)  NOT NULL,
    source_note        VARCHAR(255) NULL,
    withdrawn_at       TIMESTAMP(6) NULL,
    withdrawn_by       BIGINT       NULL,
    CONSTRAINT fk_household_consent_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_household_consent_person FOREIGN KEY (given_by_person_id) REFERENCES person (id),
    INDEX ix_household_consent_household (household_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A team member (or admin) helping a resident learn on the helper's device: who, whom, from when to when.
CREATE TABLE assist_session (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    helper_account_id BIGINT       NOT NULL,
    person_id         BIGINT       NOT NULL,
    started_at        TIMESTAMP(6) NOT NULL,
    ended_at          TIMESTAMP(6) NULL,
    CONSTRAINT fk_assist_session_account FOREIGN KEY (helper_account_id) REFERENCES account (id),
    CONSTRAINT fk_assist_session_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_assist_session_person (person_id),
    INDEX ix_assist_session_helper (helper_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

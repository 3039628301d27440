-- A person's request to correct or delete their data: who filed it (themselves or a team member on their
-- behalf), why, and what the commune admin decided, when and why.
CREATE TABLE data_request (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT        NOT NULL,
    place_id      BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    filed_by      BIGINT        NOT NULL,
    on_behalf     BOOLEAN       NOT NULL,
    filed_at      TIMESTAMP(6)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    decided_by    BIGINT        NULL,
    decided_at    TIMESTAMP(6)  NULL,
    decision_note VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_data_request_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_data_request_place (place_id, status),
    INDEX ix_data_request_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

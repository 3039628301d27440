-- Who has a draft open right now (refreshed while the editor is open), so two trainers editing the
-- same course are told of each other on whichever server they reached.
CREATE TABLE draft_presence (
    draft_id    BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    seen_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (draft_id, account_id),
    CONSTRAINT fk_draft_presence_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

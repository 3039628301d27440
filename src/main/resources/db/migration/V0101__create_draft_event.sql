-- Every change to a draft, who made it and when: an edited field (with the text before it, so
-- nothing is lost), a lesson or question added, moved or removed, a submission, a review, a
-- publication. Never deleted; one person's autosaves of one field within ten minutes are one
-- event (its time moves on, the text before the first save stays).
CREATE TABLE draft_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    draft_id    BIGINT       NOT NULL,
    at          TIMESTAMP(6) NOT NULL,
    account_id  BIGINT       NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    field       VARCHAR(160) NULL,
    detail      MEDIUMTEXT   NULL,
    CONSTRAINT fk_draft_event_draft FOREIGN KEY (draft_id) REFERENCES course_draft (id),
    INDEX ix_draft_event_draft (draft_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

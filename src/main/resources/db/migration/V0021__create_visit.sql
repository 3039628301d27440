-- A visit to a household (lượt hỗ trợ tại nhà): when, by whom, what came of it, what was guided, when to come back.
CREATE TABLE visit (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    household_id  BIGINT       NOT NULL,
    campaign_id   BIGINT       NULL,
    visited_on    DATE         NOT NULL,
    outcome       VARCHAR(16)  NOT NULL,
    skills        VARCHAR(200) NOT NULL,
    next_visit_on DATE         NULL,
    note          VARCHAR(500) NULL,
    account_id    BIGINT       NOT NULL,
    recorded_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_visit_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_visit_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    INDEX ix_visit_household (household_id),
    INDEX ix_visit_next (next_visit_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

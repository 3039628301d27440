CREATE TABLE campaign_hamlet (
    campaign_id BIGINT NOT NULL,
    hamlet_id   BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, hamlet_id),
    CONSTRAINT fk_campaign_hamlet_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT fk_campaign_hamlet_place FOREIGN KEY (hamlet_id) REFERENCES place (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A door-to-door campaign ("đi từng ngõ, gõ từng nhà"): a name, dates, the hamlets it covers.
CREATE TABLE campaign (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_id BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    created_by BIGINT       NOT NULL,
    CONSTRAINT fk_campaign_commune FOREIGN KEY (commune_id) REFERENCES place (id),
    INDEX ix_campaign_commune (commune_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

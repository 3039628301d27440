-- A learner: a household member, a student or an official. Phone is optional (many residents share one).
CREATE TABLE person (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    household_id BIGINT       NULL,
    place_id     BIGINT       NOT NULL,
    full_name    VARCHAR(200) NOT NULL,
    birth_year   INT          NULL,
    phone        VARCHAR(20)  NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_person_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_person_place FOREIGN KEY (place_id) REFERENCES place (id),
    INDEX ix_person_household (household_id),
    INDEX ix_person_place (place_id),
    INDEX ix_person_phone (phone)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The skills some member of a household is proficient in (for the per-skill household counts).
CREATE TABLE household_skill (
    household_id BIGINT       NOT NULL,
    skill        VARCHAR(32)  NOT NULL,
    first_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (household_id, skill),
    CONSTRAINT fk_household_skill_household FOREIGN KEY (household_id) REFERENCES household (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

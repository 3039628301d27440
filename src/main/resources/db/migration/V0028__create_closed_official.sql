-- Each official of a closed year as they were then: name, birth year and unit, in the sheet's order.
CREATE TABLE closed_official (
    year       INT          NOT NULL,
    commune_id BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    birth_year INT          NULL,
    unit_name  VARCHAR(200) NULL,
    PRIMARY KEY (year, commune_id, person_id),
    CONSTRAINT fk_closed_official_closing FOREIGN KEY (year, commune_id) REFERENCES evaluation_closing (year, commune_id),
    INDEX ix_closed_official_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

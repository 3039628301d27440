-- Each required course of each official of a closed year: its deadline, hours and status as of 31 December.
CREATE TABLE closed_requirement (
    year             INT          NOT NULL,
    commune_id       BIGINT       NOT NULL,
    person_id        BIGINT       NOT NULL,
    course_code      VARCHAR(100) NOT NULL,
    position         INT          NOT NULL,
    title_vi         TEXT         NOT NULL,
    title_en         TEXT         NOT NULL,
    credit_hours     INT          NOT NULL,
    deadline         DATE         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    completed_on     DATE         NULL,
    certificate_code CHAR(26)     NULL,
    PRIMARY KEY (year, commune_id, person_id, course_code),
    CONSTRAINT fk_closed_requirement_official FOREIGN KEY (year, commune_id, person_id)
        REFERENCES closed_official (year, commune_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

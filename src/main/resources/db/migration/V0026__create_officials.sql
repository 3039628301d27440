-- Officials' units (the commune People's Committee, its offices, public service units), who belongs to which,
-- and each year's mandatory courses for a commune's officials, with their deadline.
CREATE TABLE official_unit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_id BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    CONSTRAINT uq_official_unit UNIQUE (commune_id, name),
    CONSTRAINT fk_official_unit_place FOREIGN KEY (commune_id) REFERENCES place (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE official_membership (
    person_id BIGINT NOT NULL PRIMARY KEY,
    unit_id   BIGINT NOT NULL,
    CONSTRAINT fk_official_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_official_membership_unit FOREIGN KEY (unit_id) REFERENCES official_unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_assignment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    year        INT          NOT NULL,
    commune_id  BIGINT       NOT NULL,
    course_code VARCHAR(100) NOT NULL,
    deadline    DATE         NOT NULL,
    assigned_by BIGINT       NOT NULL,
    assigned_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_course_assignment UNIQUE (year, commune_id, course_code),
    CONSTRAINT fk_course_assignment_place FOREIGN KEY (commune_id) REFERENCES place (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

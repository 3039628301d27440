-- A teacher's after-school class in a commune: school, grade, name and school year, with the code
-- students type or scan to join it (unique; a turned-off code keeps its value and code_enabled says
-- whether it still lets anyone in). An archived class keeps its students and courses but takes no one new.
CREATE TABLE school_class (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    commune_id         BIGINT       NOT NULL,
    teacher_account_id BIGINT       NOT NULL,
    school             VARCHAR(200) NOT NULL,
    grade              VARCHAR(20)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    school_year        CHAR(9)      NOT NULL,
    join_code          CHAR(6)      NULL,
    code_enabled       BOOLEAN      NOT NULL DEFAULT FALSE,
    archived_at        TIMESTAMP(6) NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_school_class_join_code UNIQUE (join_code),
    CONSTRAINT fk_school_class_place FOREIGN KEY (commune_id) REFERENCES place (id),
    CONSTRAINT fk_school_class_account FOREIGN KEY (teacher_account_id) REFERENCES account (id),
    INDEX ix_school_class_teacher (teacher_account_id),
    INDEX ix_school_class_commune (commune_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

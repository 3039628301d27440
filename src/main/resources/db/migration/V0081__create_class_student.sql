-- The students in a class: each joined once (joining again changes nothing).
CREATE TABLE class_student (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id  BIGINT       NOT NULL,
    person_id BIGINT       NOT NULL,
    joined_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_class_student UNIQUE (class_id, person_id),
    CONSTRAINT fk_class_student_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_class_student_person FOREIGN KEY (person_id) REFERENCES person (id),
    INDEX ix_class_student_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The courses a teacher gives a class, each once, with a due date when the teacher sets one.
CREATE TABLE class_assignment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id    BIGINT       NOT NULL,
    course_code VARCHAR(100) NOT NULL,
    due_date    DATE         NULL,
    assigned_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_class_assignment UNIQUE (class_id, course_code),
    CONSTRAINT fk_class_assignment_class FOREIGN KEY (class_id) REFERENCES school_class (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

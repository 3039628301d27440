-- Groups inside a class ("nhóm 1"), optional: each student is in at most one group of the class
-- (class_student.group_id); removing a group leaves its students in the class, in no group.
CREATE TABLE class_group (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id   BIGINT       NOT NULL,
    name       VARCHAR(50)  NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_class_group_name UNIQUE (class_id, name),
    CONSTRAINT fk_class_group_class FOREIGN KEY (class_id) REFERENCES school_class (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE class_student
    ADD COLUMN group_id BIGINT NULL,
    ADD CONSTRAINT fk_class_student_group FOREIGN KEY (group_id) REFERENCES class_group (id) ON DELETE SET NULL;

-- What a class is given can be a whole course or one lesson of it (lesson_index, 0-based), for the
-- whole class, one group, or chosen students (class_assignment_student). The same course or lesson
-- may be given to different groups with different due dates; giving it again to the same ones only
-- changes the due date (target_key says who it is for: 'class', 'group:<id>' or 'students:<ids>').
ALTER TABLE class_assignment
    DROP INDEX uq_class_assignment,
    ADD COLUMN lesson_index INT NULL,
    ADD COLUMN group_id BIGINT NULL,
    ADD COLUMN target_key VARCHAR(1000) NOT NULL DEFAULT 'class',
    ADD CONSTRAINT fk_class_assignment_group FOREIGN KEY (group_id) REFERENCES class_group (id),
    ADD COLUMN lesson_key INT AS (COALESCE(lesson_index, -1)) PERSISTENT,
    ADD CONSTRAINT uq_class_assignment UNIQUE (class_id, course_code, lesson_key, target_key(200));

-- The chosen students of an assignment given to some students only.
CREATE TABLE class_assignment_student (
    assignment_id BIGINT NOT NULL,
    person_id     BIGINT NOT NULL,
    PRIMARY KEY (assignment_id, person_id),
    CONSTRAINT fk_class_assignment_student_assignment FOREIGN KEY (assignment_id) REFERENCES class_assignment (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_class_assignment_student_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

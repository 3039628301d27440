-- A course given to a class may keep its quiz closed to the class's students until the teacher opens
-- it during a session (quiz_by_teacher); quiz_opened_at is set while it is open, NULL when closed.
ALTER TABLE class_assignment
    ADD COLUMN quiz_by_teacher BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN quiz_opened_at  TIMESTAMP(6) NULL;

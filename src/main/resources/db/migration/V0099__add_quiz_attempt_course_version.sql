-- The course version an attempt was drawn from: a learner moved onto a correction keeps their earlier
-- attempts (and an attempt under way) on the version whose questions they were asked. Filled for the
-- attempts already there from their enrolment, which no correction had moved yet.
ALTER TABLE quiz_attempt
    ADD COLUMN course_version_id BIGINT NULL,
    ADD CONSTRAINT fk_quiz_attempt_version FOREIGN KEY (course_version_id) REFERENCES course_version (id);

UPDATE quiz_attempt a JOIN enrolment e ON e.id = a.enrolment_id SET a.course_version_id = e.course_version_id;

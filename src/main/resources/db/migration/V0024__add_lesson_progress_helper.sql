-- Who helped the learner read the lesson the last time, if someone did (the quiz attempt has its own).
ALTER TABLE lesson_progress ADD COLUMN helper_account_id BIGINT NULL;

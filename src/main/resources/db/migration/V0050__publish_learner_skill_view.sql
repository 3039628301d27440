-- The learning module publishes which skills each learner is proficient in, since when, as a read-only
-- view: the other modules (people's household skills, reports' per-learner figures) read this view,
-- never the proficiency table, so learning may change how it keeps proficiency as long as the view stays.
CREATE VIEW learner_skill AS
SELECT person_id, skill, achieved_at FROM proficiency;

-- Where a version came from (FILES: content/ folder, APP: the in-app authoring workspace), whether it
-- corrects the one before it (learners mid-course are then moved onto it), and who published it
-- from the app (account id; NULL for versions published from files).
ALTER TABLE course_version
    ADD COLUMN source       VARCHAR(8) NOT NULL DEFAULT 'FILES',
    ADD COLUMN correction   BOOLEAN    NOT NULL DEFAULT FALSE,
    ADD COLUMN published_by BIGINT     NULL;

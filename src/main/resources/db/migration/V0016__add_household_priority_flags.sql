-- Priority flags for door-to-door work. Sensitive: shown only to the hamlet's team and its admins.
ALTER TABLE household
    ADD COLUMN disability BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN poverty    VARCHAR(16) NOT NULL DEFAULT 'NONE';

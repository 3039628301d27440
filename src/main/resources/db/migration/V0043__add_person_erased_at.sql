-- When a person was anonymised at their request: the row stays (learning records and certificates point to it),
-- without anything that names them.
ALTER TABLE person ADD COLUMN erased_at TIMESTAMP(6) NULL;

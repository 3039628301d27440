-- A certificate whose holder was anonymised: it stays verifiable by its code, without a name.
ALTER TABLE certificate ADD COLUMN holder_erased_at TIMESTAMP(6) NULL;

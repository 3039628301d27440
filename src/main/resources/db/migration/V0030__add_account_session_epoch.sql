-- Raised when a password changes or an account is disabled: sessions signed in under an older epoch end.
ALTER TABLE account ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;

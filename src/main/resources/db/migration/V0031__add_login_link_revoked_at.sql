-- A link made void before use: a newer card was printed, the password changed or the account was disabled.
ALTER TABLE login_link ADD COLUMN revoked_at TIMESTAMP(6) NULL;

-- The one sign-in link of an account that may still be valid (the newest card's), by its key: a new
-- card, a password change or a disabled account voids it by key, under the account's row lock, instead
-- of searching login_link by account (a search that under REPEATABLE READ locks the index gap other
-- accounts' new links go into, and deadlocked cards printed at the same moment).
ALTER TABLE account ADD COLUMN login_link_hash CHAR(64) NULL;

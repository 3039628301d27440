-- Learner-only accounts made together with their first login card (a link issued within a minute of
-- the account) have, as far as can be known, the card's password still. A later password change is
-- not recorded before this migration; such a learner is asked once and may keep signing in by card.
UPDATE account a
SET a.card_password = TRUE
WHERE EXISTS (SELECT 1 FROM login_link l
              WHERE l.account_id = a.id AND l.created_at < a.created_at + INTERVAL 1 MINUTE)
  AND NOT EXISTS (SELECT 1 FROM account_role r
                  WHERE r.account_id = a.id AND r.role NOT IN ('RESIDENT', 'STUDENT'))
  AND a.enabled = TRUE;

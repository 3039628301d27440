-- Each account names its newest link that is neither used nor void; any older such link (issued
-- before newer cards voided earlier ones) becomes void, as the rule "only the newest card works" says.
UPDATE account a
JOIN login_link l ON l.account_id = a.id AND l.used_at IS NULL AND l.revoked_at IS NULL
SET a.login_link_hash = l.token_hash
WHERE NOT EXISTS (SELECT 1 FROM login_link n
                  WHERE n.account_id = l.account_id AND n.used_at IS NULL AND n.revoked_at IS NULL
                    AND (n.created_at > l.created_at
                         OR (n.created_at = l.created_at AND n.token_hash > l.token_hash)));

-- voided as of the newer card's issue (the moment it should have voided them; no clock is read here)
UPDATE login_link l
JOIN account a ON a.id = l.account_id
JOIN login_link newest ON newest.token_hash = a.login_link_hash
SET l.revoked_at = newest.created_at
WHERE l.used_at IS NULL AND l.revoked_at IS NULL AND l.token_hash <> a.login_link_hash;

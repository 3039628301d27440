-- Whether the password is still the one printed on a login card, and when its holder chose to go on
-- signing in by card instead of choosing their own (so they are not asked at every card sign-in).
ALTER TABLE account
    ADD COLUMN card_password BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN card_prompt_declined_at TIMESTAMP(6) NULL;

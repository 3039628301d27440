-- Coverage as it stood at the end of each closed week (Monday to Sunday in the app's time zone):
-- one row per hamlet, commune and province that had households then. Written once, after the week
-- has ended, from the dated facts (household.created_at, household.covered_at,
-- household_skill.first_at), and never changed afterwards: a past week's figures stay as reported,
-- even when a household is later moved or erased (DD014).
CREATE TABLE coverage_week (
    place_id          BIGINT NOT NULL,
    week_start        DATE   NOT NULL,
    -- the place one level up in the summaries: a hamlet's commune, a commune's province
    parent_id         BIGINT NULL,
    households        INT    NOT NULL,
    covered           INT    NOT NULL,
    public_services   INT    NOT NULL,
    online_shopping   INT    NOT NULL,
    online_payment    INT    NOT NULL,
    cyber_safety      INT    NOT NULL,
    digital_platforms INT    NOT NULL,
    PRIMARY KEY (place_id, week_start),
    INDEX ix_coverage_week_parent (parent_id, week_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The weeks whose rows are written: a week is closed once, by one server.
CREATE TABLE coverage_week_closed (
    week_start DATE         NOT NULL PRIMARY KEY,
    closed_at  TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

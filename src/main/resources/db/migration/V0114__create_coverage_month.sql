-- Coverage as it stood at the end of each closed month (its first day to the next month's first day
-- in the app's time zone), as coverage_week is for weeks: one row per hamlet, commune and province
-- that had households then, written once after the month has ended from the dated facts, never
-- changed afterwards (DD014, DD015). The monthly report reads a month's start and end from here.
CREATE TABLE coverage_month (
    place_id          BIGINT NOT NULL,
    month_start       DATE   NOT NULL,
    parent_id         BIGINT NULL,
    households        INT    NOT NULL,
    covered           INT    NOT NULL,
    public_services   INT    NOT NULL,
    online_shopping   INT    NOT NULL,
    online_payment    INT    NOT NULL,
    cyber_safety      INT    NOT NULL,
    digital_platforms INT    NOT NULL,
    PRIMARY KEY (place_id, month_start),
    INDEX ix_coverage_month_parent (parent_id, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The months whose rows are written: a month is closed once, by one server.
CREATE TABLE coverage_month_closed (
    month_start DATE         NOT NULL PRIMARY KEY,
    closed_at   TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

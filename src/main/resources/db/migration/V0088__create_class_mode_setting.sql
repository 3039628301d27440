-- A class's class-mode settings: after how many idle minutes a child signed in on a class-mode
-- computer is signed out. A class without a row uses the default (5 minutes).
CREATE TABLE class_mode_setting (
    class_id     BIGINT       NOT NULL PRIMARY KEY,
    idle_minutes INT          NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_class_mode_setting_class FOREIGN KEY (class_id) REFERENCES school_class (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

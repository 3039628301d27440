-- Lists of students a teacher enrolled in a class at once (pasted or uploaded): one row per list,
-- so the same list sent twice (a double tap, a second tab, the same file again) enrols nobody twice.
CREATE TABLE class_enrolment (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id    BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    list_sha256 CHAR(64)     NOT NULL,
    students    INT          NOT NULL,
    enrolled_at TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_class_enrolment_list UNIQUE (class_id, list_sha256),
    CONSTRAINT fk_class_enrolment_class FOREIGN KEY (class_id) REFERENCES school_class (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

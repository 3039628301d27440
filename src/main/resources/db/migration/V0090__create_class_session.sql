-- A class's sessions: the teacher starts one when the students arrive and ends it when they leave
-- (ended_at NULL while it runs; at most one runs per class, the service sees to it). With it, the
-- attendance of each session: one row per student the teacher marked, or, once the session ended,
-- per student of the class (present by default when they touched any learning during the session).
CREATE TABLE class_session (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    class_id           BIGINT       NOT NULL,
    started_at         TIMESTAMP(6) NOT NULL,
    ended_at           TIMESTAMP(6) NULL,
    started_by         BIGINT       NOT NULL,
    CONSTRAINT fk_class_session_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    INDEX ix_class_session_class (class_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who was at a class session: present or not, as the teacher tapped it (marked_at, marked_by) or as
-- recorded by default when the session ended (marked_by NULL).
CREATE TABLE class_attendance (
    session_id BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    present    BOOLEAN      NOT NULL,
    marked_at  TIMESTAMP(6) NOT NULL,
    marked_by  BIGINT       NULL,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_class_attendance_session FOREIGN KEY (session_id) REFERENCES class_session (id),
    CONSTRAINT fk_class_attendance_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

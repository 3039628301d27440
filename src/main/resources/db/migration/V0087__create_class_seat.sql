-- A student's tile on the class's class-mode computers: a number (stable once given), the name shown
-- on the tile (first-name level, chosen when the PIN was set) and the student's 4-digit PIN, stored
-- only as a hash by the app's password encoder. A student without a row has no tile.
CREATE TABLE class_seat (
    class_id    BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    seat_number INT          NOT NULL,
    tile_name   VARCHAR(60)  NOT NULL,
    pin_hash    VARCHAR(100) NOT NULL,
    pin_set_at  TIMESTAMP(6) NOT NULL,
    pin_set_by  BIGINT       NOT NULL,
    PRIMARY KEY (class_id, person_id),
    CONSTRAINT uq_class_seat_number UNIQUE (class_id, seat_number),
    CONSTRAINT fk_class_seat_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_class_seat_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_class_seat_account FOREIGN KEY (pin_set_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

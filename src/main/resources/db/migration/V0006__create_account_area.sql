-- The places an account works in: a team member's hamlets, a commune admin's commune, a province admin's province.
CREATE TABLE account_area (
    account_id BIGINT NOT NULL,
    place_id   BIGINT NOT NULL,
    PRIMARY KEY (account_id, place_id),
    CONSTRAINT fk_account_area_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_area_place FOREIGN KEY (place_id) REFERENCES place (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

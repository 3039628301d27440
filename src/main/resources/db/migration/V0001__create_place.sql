-- Places are a tree of typed levels: province -> (district, old data only) -> commune/ward/special zone -> hamlet.
CREATE TABLE place (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    parent_id  BIGINT       NULL,
    level      VARCHAR(16)  NOT NULL,
    kind       VARCHAR(32)  NOT NULL,
    code       VARCHAR(32)  NULL,
    name       VARCHAR(200) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_place_parent FOREIGN KEY (parent_id) REFERENCES place (id),
    CONSTRAINT uq_place_code UNIQUE (code),
    INDEX ix_place_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Token buckets of the throttles (sign-in, certificate checks, class codes and PINs, phone
-- look-ups), kept here so that every app node counts against the same limits (DD016). The state is
-- Bucket4j's own serialised form; the id is the throttle's name and a hash of what it counts (no
-- login, phone or address is stored). Rows whose bucket has refilled are deleted by a sweep.
CREATE TABLE throttle_bucket (
    id VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    state VARBINARY(2048) NULL,
    expires_at BIGINT NULL,
    KEY throttle_bucket_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

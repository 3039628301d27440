-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1, MariaDB):
-- an event whose after-commit listener has not finished yet (a certificate to issue) is written here in
-- the transaction that published it, and deleted once the listener has succeeded; a failed one is tried
-- again (docs/decisions/DD005-certificates-after-commit.md). The table and column names are the library's.
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)   NOT NULL,
    LISTENER_ID            VARCHAR(512)  NOT NULL,
    EVENT_TYPE             VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6)  NULL DEFAULT NULL,
    STATUS                 VARCHAR(20)   NULL,
    COMPLETION_ATTEMPTS    INT           NULL,
    LAST_RESUBMISSION_DATE TIMESTAMP(6)  NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

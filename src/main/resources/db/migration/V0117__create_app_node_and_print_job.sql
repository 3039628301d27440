-- Several app nodes (docs/deploy.md): each start of the app writes its row and refreshes seen_at
-- every few seconds (base.AppNode); a node whose row is stale, missing, or followed by a newer
-- start of the same name has gone away.
CREATE TABLE app_node (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    started_at TIMESTAMP(6) NOT NULL,
    seen_at    TIMESTAMP(6) NOT NULL,
    INDEX ix_app_node_name (name, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A print of a commune's certificates (certificates.CertificateBatch): it runs on one node and its
-- ZIP stays on that node's disk; this row lets any node tell its admin where it is, and that it
-- stopped when its node went away. No personal data: the ZIP's names stay in the ZIP. Deleted when
-- the ZIP is downloaded, replaced or has waited an hour, like the job in the node's memory.
CREATE TABLE print_job (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    commune_id  BIGINT       NOT NULL,
    total       INT          NOT NULL,
    node_id     CHAR(36)     NOT NULL,
    started_at  TIMESTAMP(6) NOT NULL,
    finished_at TIMESTAMP(6) NULL,
    -- RUNNING, DONE (the ZIP waits), FAILED, STOPPED (its node stopped while it ran)
    state       VARCHAR(16)  NOT NULL,
    INDEX ix_print_job_account (account_id, started_at),
    INDEX ix_print_job_node (node_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

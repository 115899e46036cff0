-- Onboarding by import (issue 12, item 2): a validated file becomes a job whose rows are stored here, so the
-- background import survives a restart: done_rows advances in the same transaction as the rows it applied, and
-- a job whose lease ran out (its node stopped) is taken up again from there.
-- Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.

CREATE TABLE import_job (
  id           VARCHAR(36)   NOT NULL PRIMARY KEY,
  filename     VARCHAR(255)  NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  total_rows   INT           NOT NULL,
  done_rows    INT           NOT NULL DEFAULT 0,
  changed_rows INT           NOT NULL DEFAULT 0,
  started_by   VARCHAR(64)   NOT NULL,
  created_at   DATETIME      NOT NULL,
  finished_at  DATETIME,
  lease_until  DATETIME,
  problem      VARCHAR(1000)
);

CREATE INDEX idx_import_job_status ON import_job (status);

CREATE TABLE import_row (
  job_id  VARCHAR(36)   NOT NULL,
  seq     INT           NOT NULL,
  sheet   VARCHAR(16)   NOT NULL,
  row_no  INT           NOT NULL,
  cells   VARCHAR(4000) NOT NULL,
  PRIMARY KEY (job_id, seq)
);

-- Micro-venture after the first tranche: mid-term and final reports with their evaluations (late counts as fail),
-- the rounds' report due dates, and what ended a project (结项 or termination).

ALTER TABLE venture_round ADD COLUMN mid_term_due DATE;
ALTER TABLE venture_round ADD COLUMN final_due DATE;

-- one row per report asked for: stage MID or FINAL, attempt 1, 2 … (a rectification asks again)
CREATE TABLE venture_report (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT        NOT NULL,
  stage          VARCHAR(5)    NOT NULL,
  attempt        INT           NOT NULL,
  due_on         DATE          NOT NULL,
  content        VARCHAR(4000),
  activity_log   VARCHAR(4000),
  submitted_by   VARCHAR(64),
  submitted_at   TIMESTAMP,
  late           BOOLEAN       NOT NULL DEFAULT FALSE,
  -- PASS or FAIL; null while not evaluated
  result         VARCHAR(4),
  evaluation     VARCHAR(1000),
  evaluated_by   VARCHAR(64),
  evaluated_at   TIMESTAMP,
  CONSTRAINT uq_venture_report UNIQUE (application_id, stage, attempt),
  CONSTRAINT fk_venture_report_application FOREIGN KEY (application_id) REFERENCES venture_application (id)
);

ALTER TABLE venture_application ADD COLUMN closed_on DATE;
ALTER TABLE venture_application ADD COLUMN end_note VARCHAR(1000);

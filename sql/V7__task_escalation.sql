-- Overdue tasks escalated to the station's supervisors; one row per task (the key keeps several nodes from
-- escalating the same task twice).
CREATE TABLE task_escalation (
  task_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
  case_id      BIGINT       NOT NULL,
  to_group     VARCHAR(100) NOT NULL,
  escalated_at DATETIME     NOT NULL,
  CONSTRAINT fk_task_escalation_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);

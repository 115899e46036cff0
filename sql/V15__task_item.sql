-- The task projection (tasklist): one row per open user task of every process, written by the engine listener
-- tasklist.TaskProjection inside the engine's transaction. The inbox tabs, the task page, /api/tasks and the
-- overdue escalation read only these tables. due_sort = due date, or 9999-12-31 without one, so that one index
-- order (due_sort, created, task_id) gives the inbox order: overdue first, then by due date, then by age.
CREATE TABLE task_item (
  task_id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  name                  VARCHAR(255),
  process_key           VARCHAR(255) NOT NULL,
  task_key              VARCHAR(255) NOT NULL,
  process_instance_id   VARCHAR(64)  NOT NULL,
  process_definition_id VARCHAR(64)  NOT NULL,
  subject_kind          VARCHAR(40),
  business_key          VARCHAR(255),
  subject_id            BIGINT,
  label                 VARCHAR(255),
  station_code          VARCHAR(32),
  link                  VARCHAR(255),
  assignee              VARCHAR(255),
  created               DATETIME     NOT NULL,
  due                   DATETIME,
  due_sort              DATETIME     NOT NULL,
  escalated_to          VARCHAR(100),
  escalated_at          DATETIME
);

-- Candidates as the engine has them (type G = group, U = user), with the task's order columns and whether it is
-- unassigned copied in, so one index range per candidate gives the unclaimed pool in inbox order.
CREATE TABLE task_item_candidate (
  task_id        VARCHAR(64)  NOT NULL,
  candidate_type CHAR(1)      NOT NULL,
  candidate      VARCHAR(255) NOT NULL,
  unassigned     SMALLINT     NOT NULL,
  station_code   VARCHAR(32),
  due_sort       DATETIME     NOT NULL,
  created        DATETIME     NOT NULL,
  PRIMARY KEY (task_id, candidate_type, candidate)
);

-- Tasks completed by someone, for the "done" tab (rows written at completion; the start-up back-fill copies the
-- engine's history once, when this table is empty).
CREATE TABLE task_done (
  task_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
  username     VARCHAR(255) NOT NULL,
  ended        DATETIME     NOT NULL,
  name         VARCHAR(255),
  process_key  VARCHAR(255),
  task_key     VARCHAR(255),
  subject_kind VARCHAR(40),
  business_key VARCHAR(255),
  label        VARCHAR(255),
  station_code VARCHAR(32),
  link         VARCHAR(255)
);

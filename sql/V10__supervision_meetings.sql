-- Mentor supervision (导师制督导), the monthly meetings of the leading group (例会及汇报) and the action items
-- both produce. Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.

-- A mentor paired with a supervisee (a worker) or with a case, on a schedule, until an end date.
CREATE TABLE supervision_pair (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pair_no             VARCHAR(32)   NOT NULL,
  station_code        VARCHAR(32)   NOT NULL,
  mentor              VARCHAR(64)   NOT NULL,
  mentor_type         VARCHAR(16)   NOT NULL,
  supervisee          VARCHAR(64),
  case_id             BIGINT,
  focus               VARCHAR(500)  NOT NULL,
  schedule_period     VARCHAR(16)   NOT NULL,
  first_session       DATE          NOT NULL,
  end_date            DATE          NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  process_instance_id VARCHAR(64),
  created_by          VARCHAR(64)   NOT NULL,
  created_at          DATETIME      NOT NULL,
  CONSTRAINT uk_supervision_pair_no UNIQUE (pair_no),
  CONSTRAINT fk_supervision_pair_station FOREIGN KEY (station_code) REFERENCES station (code),
  CONSTRAINT fk_supervision_pair_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_supervision_pair_station ON supervision_pair (station_code);
CREATE INDEX idx_supervision_pair_mentor ON supervision_pair (mentor);

-- 督导记录表: one scheduled session of a pair and, once recorded, what happened in it.
CREATE TABLE supervision_session (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  pair_id          BIGINT        NOT NULL,
  station_code     VARCHAR(32)   NOT NULL,
  scheduled_on     DATE          NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  held_on          DATE,
  session_format   VARCHAR(24),
  issues           VARCHAR(2000),
  guidance         VARCHAR(2000),
  group_activity   VARCHAR(2000),
  hours            DECIMAL(5,1),
  overdue          BOOLEAN       NOT NULL DEFAULT FALSE,
  recorded_by      VARCHAR(64),
  recorded_at      DATETIME,
  signed_by        VARCHAR(64),
  signed_at        DATETIME,
  sign_off_comment VARCHAR(1000),
  CONSTRAINT fk_supervision_session_pair FOREIGN KEY (pair_id) REFERENCES supervision_pair (id),
  CONSTRAINT fk_supervision_session_station FOREIGN KEY (station_code) REFERENCES station (code)
);
CREATE INDEX idx_supervision_session_pair ON supervision_session (pair_id);
CREATE INDEX idx_supervision_session_station ON supervision_session (station_code, held_on);

-- The supervisees of a session (several for a group session, 学习成长小组) and their reflections (反思).
CREATE TABLE supervision_supervisee (
  session_id   BIGINT        NOT NULL,
  username     VARCHAR(64)   NOT NULL,
  reflection   VARCHAR(2000),
  reflected_at DATETIME,
  PRIMARY KEY (session_id, username),
  CONSTRAINT fk_supervision_supervisee_session FOREIGN KEY (session_id) REFERENCES supervision_session (id)
);
CREATE INDEX idx_supervision_supervisee_user ON supervision_supervisee (username);

-- Cases discussed in a session; a case conference (个案反思及讨论) shows on these cases' files.
CREATE TABLE supervision_session_case (
  session_id BIGINT NOT NULL,
  case_id    BIGINT NOT NULL,
  PRIMARY KEY (session_id, case_id),
  CONSTRAINT fk_supervision_session_case_session FOREIGN KEY (session_id) REFERENCES supervision_session (id),
  CONSTRAINT fk_supervision_session_case_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_supervision_session_case_case ON supervision_session_case (case_id);

-- The month's meeting of the district's leading group (one per month; the key keeps two nodes from opening two).
CREATE TABLE meeting (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_month       VARCHAR(7)    NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  opened_at           DATETIME      NOT NULL,
  opened_by           VARCHAR(64),
  agenda              VARCHAR(4000),
  planned_on          DATE,
  agenda_by           VARCHAR(64),
  held_on             DATE,
  attendees           VARCHAR(1000),
  reports_heard       VARCHAR(2000),
  decisions           VARCHAR(4000),
  minutes_by          VARCHAR(64),
  minutes_at          DATETIME,
  process_instance_id VARCHAR(64),
  CONSTRAINT uk_meeting_month UNIQUE (meeting_month)
);

-- One station's monthly report to a meeting; the row exists from the opening, filed_at says it was filed.
CREATE TABLE meeting_report (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id        BIGINT        NOT NULL,
  station_code      VARCHAR(32)   NOT NULL,
  cases_opened      INT,
  cases_closed      INT,
  overdue_tasks     INT,
  sessions          INT,
  supervision_hours DECIMAL(7,1),
  issues            VARCHAR(2000),
  requests          VARCHAR(2000),
  filed_by          VARCHAR(64),
  filed_at          DATETIME,
  CONSTRAINT uk_meeting_report UNIQUE (meeting_id, station_code),
  CONSTRAINT fk_meeting_report_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_meeting_report_station FOREIGN KEY (station_code) REFERENCES station (code)
);

-- An action item from a supervision session or a meeting: an owner, a due date, tracked by its own process.
CREATE TABLE action_item (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source              VARCHAR(16)   NOT NULL,
  session_id          BIGINT,
  meeting_id          BIGINT,
  station_code        VARCHAR(32),
  title               VARCHAR(500)  NOT NULL,
  owner               VARCHAR(64)   NOT NULL,
  due_on              DATE          NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  escalated_to        VARCHAR(100),
  escalated_at        DATETIME,
  outcome             VARCHAR(1000),
  done_at             DATETIME,
  follow_up_note      VARCHAR(1000),
  process_instance_id VARCHAR(64),
  created_at          DATETIME      NOT NULL,
  CONSTRAINT fk_action_item_session FOREIGN KEY (session_id) REFERENCES supervision_session (id),
  CONSTRAINT fk_action_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE INDEX idx_action_item_owner ON action_item (owner, status);
CREATE INDEX idx_action_item_status ON action_item (status, due_on);

-- Open overdue action items carried onto a later meeting's agenda.
CREATE TABLE meeting_carried_item (
  meeting_id     BIGINT NOT NULL,
  action_item_id BIGINT NOT NULL,
  PRIMARY KEY (meeting_id, action_item_id),
  CONSTRAINT fk_meeting_carried_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_meeting_carried_item FOREIGN KEY (action_item_id) REFERENCES action_item (id)
);

-- What a task of these processes is about, written when the task is created: its business key, its station
-- (NULL: the district) and a subject line. The tasklist reads these tasks through it, scoped by station.
CREATE TABLE work_task_subject (
  task_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_key  VARCHAR(64)  NOT NULL,
  business_key VARCHAR(64),
  station_code VARCHAR(32),
  subject      VARCHAR(200)
);

-- Casework, third part: case notes (个案记录), evaluation (评估), closure (结案) and follow-up (回访).

CREATE TABLE case_note (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id      BIGINT        NOT NULL,
  note_date    DATE          NOT NULL,
  mode         VARCHAR(16)   NOT NULL,
  duration_min INT           NOT NULL,
  objective    VARCHAR(500)  NOT NULL,
  narrative    VARCHAR(4000) NOT NULL,
  reflection   VARCHAR(2000),
  next_step    VARCHAR(1000),
  written_by   VARCHAR(64)   NOT NULL,
  written_at   DATETIME      NOT NULL,
  CONSTRAINT fk_case_note_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_case_note_case ON case_note (case_id, note_date);

CREATE TABLE case_evaluation (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id         BIGINT        NOT NULL,
  goal_attainment VARCHAR(2000) NOT NULL,
  overall         VARCHAR(16)   NOT NULL,
  outcome         VARCHAR(2000) NOT NULL,
  evaluated_by    VARCHAR(64)   NOT NULL,
  evaluated_at    DATETIME      NOT NULL,
  CONSTRAINT fk_case_evaluation_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_case_evaluation_case ON case_evaluation (case_id);

CREATE TABLE closure_report (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id            BIGINT        NOT NULL,
  reason             VARCHAR(16)   NOT NULL,
  outcome_evaluation VARCHAR(2000) NOT NULL,
  client_feedback    VARCHAR(1000),
  referral_to        VARCHAR(200),
  followup_plan      VARCHAR(1000) NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  written_by         VARCHAR(64)   NOT NULL,
  written_at         DATETIME      NOT NULL,
  CONSTRAINT fk_closure_report_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_closure_report_case ON closure_report (case_id);

CREATE TABLE follow_up (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id    BIGINT        NOT NULL,
  done_on    DATE          NOT NULL,
  mode       VARCHAR(16)   NOT NULL,
  status_now VARCHAR(1000) NOT NULL,
  reopen     BOOLEAN       NOT NULL,
  done_by    VARCHAR(64)   NOT NULL,
  CONSTRAINT fk_follow_up_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_follow_up_case ON follow_up (case_id);

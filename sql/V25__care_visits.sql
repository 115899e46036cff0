-- Care visits (关爱探访): one row and one care-visit process instance per planned visit. The due date comes from the
-- target's tier, with a window that opens before and closes after it; the record holds the five dimensions
-- (health, economic/daily living, family support, home safety, needs), each a few structured items and a note.
CREATE TABLE care_visit (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  target_id         BIGINT       NOT NULL,
  station_code      VARCHAR(20)  NOT NULL,
  tier_code         VARCHAR(20)  NOT NULL,
  -- scheduled / major-change
  reason            VARCHAR(20)  NOT NULL,
  due_at            TIMESTAMP    NOT NULL,
  window_opens      TIMESTAMP    NOT NULL,
  window_closes     TIMESTAMP    NOT NULL,
  -- PLANNED, LATE (window closed, escalated), DONE, REPLANNED (replaced by a new plan)
  status            VARCHAR(12)  NOT NULL,
  process_instance_id VARCHAR(64),
  visited_on        DATE,
  method            VARCHAR(10),
  contact_made      BOOLEAN,
  no_contact_reason VARCHAR(20),
  health_items      VARCHAR(200),
  health_note       VARCHAR(1000),
  economic_items    VARCHAR(200),
  economic_note     VARCHAR(1000),
  family_items      VARCHAR(200),
  family_note       VARCHAR(1000),
  safety_items      VARCHAR(200),
  safety_note       VARCHAR(1000),
  needs_items       VARCHAR(200),
  needs_note        VARCHAR(1000),
  risk_change       VARCHAR(10),
  next_step         VARCHAR(1000),
  -- fall / no_food_heat / violence / no_guardian / acute_illness
  emergency         VARCHAR(20),
  intake_case_no    VARCHAR(40),
  child_level       VARCHAR(10),
  recorded_by       VARCHAR(64),
  recorded_at       TIMESTAMP,
  CONSTRAINT fk_care_visit_target FOREIGN KEY (target_id) REFERENCES care_target (id)
);
CREATE INDEX ix_care_visit_target ON care_visit (target_id, status);
CREATE INDEX ix_care_visit_station_due ON care_visit (station_code, due_at);
CREATE INDEX ix_care_visit_status_due ON care_visit (status, due_at);
-- the district-wide coverage of a month: a range over due_at covering station and status
CREATE INDEX ix_care_visit_due ON care_visit (due_at, station_code, status, visited_on, window_closes);

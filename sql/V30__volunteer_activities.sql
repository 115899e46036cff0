-- Volunteer activities (process volunteer-activity) and their sign-ups. confirmed_count is kept under the activity
-- row's lock (SELECT … FOR UPDATE) by every sign-up and cancellation, so the quota holds under concurrency.
CREATE TABLE volunteer_activity (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  activity_no         VARCHAR(40)  NOT NULL,
  title               VARCHAR(100) NOT NULL,
  content             VARCHAR(2000) NOT NULL,
  recipients          VARCHAR(200),
  place               VARCHAR(200) NOT NULL,
  station_code        VARCHAR(20)  NOT NULL,
  team_id             BIGINT,
  organiser           VARCHAR(64)  NOT NULL,
  starts_at           DATETIME     NOT NULL,
  ends_at             DATETIME     NOT NULL,
  signup_deadline     DATETIME     NOT NULL,
  quota               INT          NOT NULL,
  confirmed_count     INT          NOT NULL,
  insurance_required  BOOLEAN      NOT NULL,
  insured_by          VARCHAR(200),
  rule_code           VARCHAR(20)  NOT NULL,
  -- PROPOSED, RETURNED, PUBLISHED, POSTING (hours confirmed, publicly posted), CLOSED, WITHDRAWN
  status              VARCHAR(12)  NOT NULL,
  process_instance_id VARCHAR(64),
  check_code          VARCHAR(6),
  code_expires_at     DATETIME,
  review_comment      VARCHAR(1000),
  approved_by         VARCHAR(64),
  approved_at         DATETIME,
  hours_confirmed_by  VARCHAR(64),
  hours_confirmed_at  DATETIME,
  posting_ends_at     DATETIME,
  closed_at           DATETIME,
  proposed_by         VARCHAR(64)  NOT NULL,
  proposed_at         DATETIME     NOT NULL,
  CONSTRAINT uq_volunteer_activity_no UNIQUE (activity_no)
);
CREATE INDEX idx_volunteer_activity_station ON volunteer_activity (station_code, status, starts_at);
CREATE INDEX idx_volunteer_activity_process ON volunteer_activity (process_instance_id);

CREATE TABLE volunteer_signup (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  activity_id    BIGINT       NOT NULL,
  volunteer_id   BIGINT       NOT NULL,
  -- CONFIRMED, WAITLISTED, CANCELLED
  status         VARCHAR(12)  NOT NULL,
  walk_in        BOOLEAN      NOT NULL,
  signed_up_by   VARCHAR(64)  NOT NULL,
  signed_up_at   DATETIME     NOT NULL,
  cancelled_at   DATETIME,
  promoted_at    DATETIME,
  check_in_at    DATETIME,
  check_out_at   DATETIME,
  -- what the organiser confirmed (capped), and the rating 1-5
  hours          DECIMAL(6,2),
  rating         INT,
  CONSTRAINT uq_volunteer_signup UNIQUE (activity_id, volunteer_id)
);
CREATE INDEX idx_volunteer_signup_queue ON volunteer_signup (activity_id, status, signed_up_at, id);
CREATE INDEX idx_volunteer_signup_volunteer ON volunteer_signup (volunteer_id, activity_id);

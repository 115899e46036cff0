-- The two append-only ledgers: hours and points. Nothing is updated or deleted; a correction is a reversing entry
-- (reverses_id) plus, when the value changes, a new entry. Redeeming points writes a negative points entry and never
-- touches hours. posting_key makes a posting happen once: A:<activity>:<volunteer> for an activity's posting,
-- R:<entry> for the reversal of an entry, F:<volunteer> for a referral bonus.
CREATE TABLE volunteer_hours_entry (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  volunteer_id BIGINT       NOT NULL,
  hours        DECIMAL(8,2) NOT NULL,
  -- ACTIVITY, CORRECTION
  source       VARCHAR(12)  NOT NULL,
  activity_id  BIGINT,
  reverses_id  BIGINT,
  posting_key  VARCHAR(64),
  reason       VARCHAR(500),
  recorded_by  VARCHAR(64)  NOT NULL,
  recorded_at  DATETIME     NOT NULL,
  CONSTRAINT uq_volunteer_hours_posting UNIQUE (posting_key)
);
CREATE INDEX idx_volunteer_hours_volunteer ON volunteer_hours_entry (volunteer_id, id);

CREATE TABLE volunteer_points_entry (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  volunteer_id BIGINT       NOT NULL,
  points       DECIMAL(10,2) NOT NULL,
  -- ACTIVITY, CORRECTION, REDEMPTION, REFERRAL
  source       VARCHAR(12)  NOT NULL,
  activity_id  BIGINT,
  reverses_id  BIGINT,
  posting_key  VARCHAR(64),
  reason       VARCHAR(500),
  recorded_by  VARCHAR(64)  NOT NULL,
  recorded_at  DATETIME     NOT NULL,
  CONSTRAINT uq_volunteer_points_posting UNIQUE (posting_key)
);
CREATE INDEX idx_volunteer_points_volunteer ON volunteer_points_entry (volunteer_id, id);

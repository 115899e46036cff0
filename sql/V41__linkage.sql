-- 五社联动 (five-force linkage): which of the five forces (community, social organisation, social worker, volunteers,
-- charitable resources) took part in a funded venture project, a volunteer activity or a care-visit pairing, one
-- record per subject; and the donation ledger of charitable resources (money or goods from the resource library's
-- entries). The ledger is append-only: a correction is a reversing entry (negated amount and quantity), never an edit.
CREATE TABLE linkage (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  -- venture (WGY-…), activity (the volunteer activity's number), pairing (the care target's number CT-…)
  subject_kind   VARCHAR(12)  NOT NULL,
  subject_ref    VARCHAR(40)  NOT NULL,
  -- what people read, taken from the subject when recorded (never a target's personal data)
  subject_title  VARCHAR(200) NOT NULL,
  station_code   VARCHAR(20)  NOT NULL,
  -- the subject's day: the agreement signed (or the application), the activity's day, the pairing's
  occurred_on    DATE         NOT NULL,
  note           VARCHAR(500),
  recorded_by    VARCHAR(64)  NOT NULL,
  recorded_at    DATETIME     NOT NULL,
  updated_by     VARCHAR(64),
  updated_at     DATETIME,
  -- optimistic lock: a change names the version it read; a concurrent change answers 409
  version        INT          NOT NULL DEFAULT 0,
  CONSTRAINT uq_linkage_subject UNIQUE (subject_kind, subject_ref)
);
CREATE INDEX ix_linkage_station ON linkage (station_code, occurred_on);
CREATE INDEX ix_linkage_period ON linkage (occurred_on, station_code);

CREATE TABLE linkage_force (
  linkage_id  BIGINT      NOT NULL,
  -- community, organization, social_worker, volunteer, charity
  force_code  VARCHAR(20) NOT NULL,
  PRIMARY KEY (linkage_id, force_code),
  CONSTRAINT fk_linkage_force_linkage FOREIGN KEY (linkage_id) REFERENCES linkage (id)
);
CREATE INDEX ix_linkage_force_code ON linkage_force (force_code, linkage_id);

CREATE TABLE linkage_donation (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  -- the donor: an entry of the resource library (社会资源库), its name as it was when the donation was recorded
  resource_id   BIGINT        NOT NULL,
  donor_name    VARCHAR(100)  NOT NULL,
  -- MONEY or GOODS
  kind          VARCHAR(5)    NOT NULL,
  -- money: the sum in yuan; goods: the estimated value when known. Negative in a reversing entry.
  amount        DECIMAL(14,2),
  goods         VARCHAR(100),
  quantity      DECIMAL(12,2),
  unit          VARCHAR(20),
  donated_on    DATE          NOT NULL,
  station_code  VARCHAR(20)   NOT NULL,
  -- what it went to: in words, and the linkage subject when it went to one
  purpose       VARCHAR(200)  NOT NULL,
  linkage_id    BIGINT,
  voucher       VARCHAR(40)   NOT NULL,
  -- a correction: the entry this one reverses (at most one reversal per entry) and why
  reverses_id   BIGINT,
  reason        VARCHAR(500),
  recorded_by   VARCHAR(64)   NOT NULL,
  recorded_at   DATETIME      NOT NULL,
  CONSTRAINT uq_linkage_donation_reverses UNIQUE (reverses_id),
  CONSTRAINT fk_linkage_donation_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
  CONSTRAINT fk_linkage_donation_linkage FOREIGN KEY (linkage_id) REFERENCES linkage (id),
  CONSTRAINT fk_linkage_donation_reverses FOREIGN KEY (reverses_id) REFERENCES linkage_donation (id)
);
CREATE INDEX ix_linkage_donation_station ON linkage_donation (station_code, donated_on);
CREATE INDEX ix_linkage_donation_period ON linkage_donation (donated_on, station_code);
CREATE INDEX ix_linkage_donation_linkage ON linkage_donation (linkage_id);

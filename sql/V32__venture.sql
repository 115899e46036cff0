-- Micro public-welfare venture (微公益创投): social organisations, rounds as data, applications (one micro-venture
-- instance each), reviewers' scores, objections during the public posting and the grant's ledger.
-- Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.

-- 社会组织: the unified social credit code (GB 32100) is unique; a debarment bars applications until its date.
CREATE TABLE venture_organization (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  name                   VARCHAR(100) NOT NULL,
  credit_code            CHAR(18)     NOT NULL,
  registration_authority VARCHAR(100),
  legal_representative   VARCHAR(50)  NOT NULL,
  phone                  VARCHAR(20)  NOT NULL,
  debarred_until         DATE,
  debarment_reason       VARCHAR(500),
  created_by             VARCHAR(64)  NOT NULL,
  created_at             TIMESTAMP    NOT NULL,
  CONSTRAINT uq_venture_organization_code UNIQUE (credit_code)
);

CREATE TABLE venture_organization_station (
  organization_id BIGINT      NOT NULL,
  station_code    VARCHAR(32) NOT NULL,
  PRIMARY KEY (organization_id, station_code),
  CONSTRAINT fk_venture_org_station_org FOREIGN KEY (organization_id) REFERENCES venture_organization (id)
);
CREATE INDEX ix_venture_org_station_station ON venture_organization_station (station_code);

-- the logins of an organisation's staff (role ORGANIZATION): each belongs to one organisation
CREATE TABLE venture_organization_member (
  username        VARCHAR(64) NOT NULL PRIMARY KEY,
  organization_id BIGINT      NOT NULL,
  CONSTRAINT fk_venture_org_member_org FOREIGN KEY (organization_id) REFERENCES venture_organization (id)
);
CREATE INDEX ix_venture_org_member_org ON venture_organization_member (organization_id);

-- 创投轮次: committed is the sum of the approved amounts; the determination raises it with a conditional UPDATE
-- (committed + amount <= total_budget), so concurrent approvals never over-commit the round.
CREATE TABLE venture_round (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  title         VARCHAR(200)  NOT NULL,
  tracks        VARCHAR(500)  NOT NULL,
  total_budget  DECIMAL(14,2) NOT NULL,
  committed     DECIMAL(14,2) NOT NULL DEFAULT 0,
  grant_min     DECIMAL(12,2) NOT NULL,
  grant_max     DECIMAL(12,2) NOT NULL,
  -- the percentages of the tranches, comma-separated, summing to 100 (e.g. 50,30,20)
  tranche_split VARCHAR(100)  NOT NULL,
  officer       VARCHAR(64)   NOT NULL,
  opens_on      DATE          NOT NULL,
  closes_on     DATE          NOT NULL,
  review_by     DATE,
  signing_by    DATE,
  status        VARCHAR(16)   NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  created_at    TIMESTAMP     NOT NULL
);

CREATE TABLE venture_round_criterion (
  round_id BIGINT       NOT NULL,
  code     VARCHAR(32)  NOT NULL,
  name     VARCHAR(100) NOT NULL,
  weight   INT          NOT NULL,
  position INT          NOT NULL,
  PRIMARY KEY (round_id, code),
  CONSTRAINT fk_venture_criterion_round FOREIGN KEY (round_id) REFERENCES venture_round (id)
);

-- reviewers (reserve = true: called in when a reviewer declares a conflict of interest)
CREATE TABLE venture_round_reviewer (
  round_id BIGINT      NOT NULL,
  username VARCHAR(64) NOT NULL,
  reserve  BOOLEAN     NOT NULL DEFAULT FALSE,
  position INT         NOT NULL,
  PRIMARY KEY (round_id, username),
  CONSTRAINT fk_venture_reviewer_round FOREIGN KEY (round_id) REFERENCES venture_round (id)
);

-- 项目申报: one micro-venture instance each (business key application_no WGY-<year>-<nnnn>)
CREATE TABLE venture_application (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_no      VARCHAR(20)   NOT NULL,
  round_id            BIGINT        NOT NULL,
  organization_id     BIGINT        NOT NULL,
  station_code        VARCHAR(32)   NOT NULL,
  project_name        VARCHAR(200)  NOT NULL,
  track               VARCHAR(50)   NOT NULL,
  target_group        VARCHAR(200),
  beneficiaries       INT,
  activities          VARCHAR(2000),
  requested_amount    DECIMAL(12,2) NOT NULL,
  matched_funds       DECIMAL(12,2),
  -- SCREENING, MORE_INFO, REFUSED, REVIEW, DETERMINATION, RESERVED, REJECTED, POSTING, CANCELLED, SIGNING,
  -- FUNDED (tranche 1 paid)
  status              VARCHAR(16)   NOT NULL,
  more_info_due       DATE,
  more_info_note      VARCHAR(1000),
  more_info_answer    VARCHAR(1000),
  refusal_reason      VARCHAR(1000),
  score               DECIMAL(6,2),
  approved_amount     DECIMAL(12,2),
  determination_note  VARCHAR(1000),
  posting_ends_at     TIMESTAMP,
  agreement_file      VARCHAR(200),
  agreement_signed_on DATE,
  process_instance_id VARCHAR(64),
  submitted_by        VARCHAR(64)   NOT NULL,
  submitted_at        TIMESTAMP     NOT NULL,
  CONSTRAINT uq_venture_application_no UNIQUE (application_no),
  CONSTRAINT fk_venture_application_round FOREIGN KEY (round_id) REFERENCES venture_round (id),
  CONSTRAINT fk_venture_application_org FOREIGN KEY (organization_id) REFERENCES venture_organization (id)
);
-- the ranked list of a round: by score within the round
CREATE INDEX ix_venture_application_round ON venture_application (round_id, score);
CREATE INDEX ix_venture_application_org ON venture_application (organization_id);

CREATE TABLE venture_budget_line (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT        NOT NULL,
  item           VARCHAR(200)  NOT NULL,
  amount         DECIMAL(12,2) NOT NULL,
  CONSTRAINT fk_venture_budget_application FOREIGN KEY (application_id) REFERENCES venture_application (id)
);
CREATE INDEX ix_venture_budget_application ON venture_budget_line (application_id);

-- one review per reviewer and application: a declared conflict excludes it from the score
CREATE TABLE venture_review (
  application_id BIGINT       NOT NULL,
  reviewer       VARCHAR(64)  NOT NULL,
  conflict       BOOLEAN      NOT NULL,
  total          DECIMAL(6,2),
  comment        VARCHAR(1000),
  reviewed_at    TIMESTAMP    NOT NULL,
  PRIMARY KEY (application_id, reviewer),
  CONSTRAINT fk_venture_review_application FOREIGN KEY (application_id) REFERENCES venture_application (id)
);

CREATE TABLE venture_review_score (
  application_id BIGINT      NOT NULL,
  reviewer       VARCHAR(64) NOT NULL,
  criterion      VARCHAR(32) NOT NULL,
  score          INT         NOT NULL,
  PRIMARY KEY (application_id, reviewer, criterion),
  CONSTRAINT fk_venture_score_application FOREIGN KEY (application_id) REFERENCES venture_application (id)
);

-- objections filed during the public posting, decided by the leading group (upheld cancels the grant)
CREATE TABLE venture_objection (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT        NOT NULL,
  filed_by       VARCHAR(64)   NOT NULL,
  content        VARCHAR(2000) NOT NULL,
  filed_at       TIMESTAMP     NOT NULL,
  upheld         BOOLEAN,
  decision_note  VARCHAR(1000),
  decided_by     VARCHAR(64),
  decided_at     TIMESTAMP,
  CONSTRAINT fk_venture_objection_application FOREIGN KEY (application_id) REFERENCES venture_application (id)
);
CREATE INDEX ix_venture_objection_application ON venture_objection (application_id);

-- the grant's ledger: APPROVED (amount), PLANNED (tranche n), PAID (tranche n, voucher), RETURNED
CREATE TABLE venture_ledger (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT        NOT NULL,
  kind           VARCHAR(10)   NOT NULL,
  tranche        INT,
  amount         DECIMAL(12,2) NOT NULL,
  on_date        DATE          NOT NULL,
  voucher        VARCHAR(100),
  recorded_by    VARCHAR(64)   NOT NULL,
  recorded_at    TIMESTAMP     NOT NULL,
  CONSTRAINT fk_venture_ledger_application FOREIGN KEY (application_id) REFERENCES venture_application (id)
);
CREATE INDEX ix_venture_ledger_application ON venture_ledger (application_id, kind);

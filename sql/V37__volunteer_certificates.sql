-- Volunteer service certificates (志愿服务证明, 民发〔2015〕149号): requested by the volunteer or the station, checked
-- and issued by the station. The certificate number is random (ZM-<year>-<10 of Crockford base32>), so the public
-- verification page cannot be walked in sequence and the number says nothing about the person or the ID number.
-- What a certificate states is frozen when it is issued (hours, activities, issuer, person in charge, handler):
-- a later ledger correction does not change a certificate already handed out; the station revokes and issues anew.
CREATE TABLE volunteer_certificate (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  cert_no          VARCHAR(20)  NOT NULL,
  volunteer_id     BIGINT       NOT NULL,
  station_code     VARCHAR(20)  NOT NULL,
  period_from      DATE         NOT NULL,
  period_to        DATE         NOT NULL,
  purpose          VARCHAR(200),
  -- REQUESTED, ISSUED, REJECTED, REVOKED
  status           VARCHAR(10)  NOT NULL,
  hours            DECIMAL(8,2),
  activity_count   INT,
  station_name     VARCHAR(100),
  person_in_charge VARCHAR(50),
  handler_name     VARCHAR(50),
  requested_by     VARCHAR(64)  NOT NULL,
  requested_at     DATETIME     NOT NULL,
  decided_by       VARCHAR(64),
  decided_at       DATETIME,
  decision_note    VARCHAR(500),
  revoked_by       VARCHAR(64),
  revoked_at       DATETIME,
  CONSTRAINT uq_volunteer_certificate_no UNIQUE (cert_no)
);
CREATE INDEX idx_volunteer_certificate_volunteer ON volunteer_certificate (volunteer_id, id);
CREATE INDEX idx_volunteer_certificate_station ON volunteer_certificate (station_code, status, id);

-- The content of an issued certificate: one line per activity of the period (hours after corrections), and one line
-- without an activity for ledger entries of no activity recorded in the period.
CREATE TABLE volunteer_certificate_line (
  certificate_id BIGINT       NOT NULL,
  line_no        INT          NOT NULL,
  activity_no    VARCHAR(40),
  -- NULL: the line of entries of no activity
  title          VARCHAR(200),
  held_on        DATE,
  hours          DECIMAL(8,2) NOT NULL,
  PRIMARY KEY (certificate_id, line_no)
);

-- Per station: who signs as person in charge (负责人) and the seal image (a PNG, kept in the database so every node
-- serves it). LONGBLOB: a BLOB on H2. Without a row the certificate names the station's first supervisor and has no
-- seal image.
CREATE TABLE volunteer_certificate_setting (
  station_code     VARCHAR(20) NOT NULL PRIMARY KEY,
  person_in_charge VARCHAR(50),
  seal_png         LONGBLOB,
  updated_by       VARCHAR(64) NOT NULL,
  updated_at       DATETIME    NOT NULL
);

-- Volunteers' own applications (志愿者自主注册, issue 15 item 1) from the public page /volunteer/join, waiting for the
-- station's approval. The applicant keeps a random token (shown once; only its SHA-256 is stored) to see the outcome
-- and, once approved, to set the password of their login.
CREATE TABLE volunteer_application (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  station_code    VARCHAR(20)  NOT NULL,
  full_name       VARCHAR(50)  NOT NULL,
  id_number       VARCHAR(18)  NOT NULL,
  phone           VARCHAR(20)  NOT NULL,
  skills          VARCHAR(500),
  available_times VARCHAR(200),
  consent         BOOLEAN      NOT NULL,
  token_hash      CHAR(64)     NOT NULL,
  -- PENDING, APPROVED, REJECTED
  status          VARCHAR(10)  NOT NULL,
  -- the ID number while the application is pending, NULL after: one pending application per person
  pending_id      VARCHAR(18),
  submitted_at    DATETIME     NOT NULL,
  decided_by      VARCHAR(64),
  decided_at      DATETIME,
  decision_note   VARCHAR(500),
  volunteer_id    BIGINT,
  activated_at    DATETIME,
  CONSTRAINT uq_volunteer_application_token UNIQUE (token_hash),
  CONSTRAINT uq_volunteer_application_pending UNIQUE (pending_id)
);
CREATE INDEX idx_volunteer_application_station ON volunteer_application (station_code, status, id);

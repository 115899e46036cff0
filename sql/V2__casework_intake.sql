-- Casework, first part: clients, case files, intake records, the decisions taken on them and referrals.

CREATE TABLE client (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  station_code      VARCHAR(32)  NOT NULL,
  full_name         VARCHAR(100) NOT NULL,
  id_number         VARCHAR(18)  NOT NULL,
  sex               VARCHAR(8)   NOT NULL,
  birth_date        DATE         NOT NULL,
  phone             VARCHAR(20)  NOT NULL,
  emergency_contact VARCHAR(100),
  emergency_phone   VARCHAR(20),
  address           VARCHAR(255) NOT NULL,
  person_type       VARCHAR(32)  NOT NULL,
  created_at        DATETIME     NOT NULL,
  created_by        VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_client_station FOREIGN KEY (station_code) REFERENCES station (code)
);
CREATE INDEX idx_client_station ON client (station_code);
CREATE INDEX idx_client_id_number ON client (id_number);

CREATE TABLE case_file (
  id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no            VARCHAR(32) NOT NULL,
  station_code       VARCHAR(32) NOT NULL,
  client_id          BIGINT      NOT NULL,
  status             VARCHAR(24) NOT NULL,
  responsible_worker VARCHAR(64),
  registered_by      VARCHAR(64) NOT NULL,
  registered_at      DATETIME    NOT NULL,
  opened_at          DATETIME,
  ended_at           DATETIME,
  CONSTRAINT uk_case_file_case_no UNIQUE (case_no),
  CONSTRAINT fk_case_file_station FOREIGN KEY (station_code) REFERENCES station (code),
  CONSTRAINT fk_case_file_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX idx_case_file_station_status ON case_file (station_code, status);

-- Case numbers are per station and year: XBHBL-2026-0001. The row is locked while a number is drawn.
CREATE TABLE case_number_sequence (
  station_code VARCHAR(32) NOT NULL,
  seq_year     INT         NOT NULL,
  last_number  INT         NOT NULL,
  PRIMARY KEY (station_code, seq_year)
);

-- Every process instance that works on a case. The inbox joins tasks to cases through it.
CREATE TABLE case_process (
  process_instance_id VARCHAR(64) NOT NULL PRIMARY KEY,
  case_id             BIGINT      NOT NULL,
  process_key         VARCHAR(64) NOT NULL,
  started_at          DATETIME    NOT NULL,
  CONSTRAINT fk_case_process_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_case_process_case ON case_process (case_id);

-- 接案登记表: the request as registered.
CREATE TABLE intake_record (
  case_id            BIGINT        NOT NULL PRIMARY KEY,
  intake_date        DATE          NOT NULL,
  referral_source    VARCHAR(16)   NOT NULL,
  referrer_org       VARCHAR(200),
  presenting_problem VARCHAR(2000) NOT NULL,
  expectation        VARCHAR(1000) NOT NULL,
  willingness        VARCHAR(16)   NOT NULL,
  urgency            VARCHAR(16)   NOT NULL,
  CONSTRAINT fk_intake_record_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);

-- Screening (accept / refer / decline) and opening approval (approve / return), in order taken.
CREATE TABLE intake_decision (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id    BIGINT        NOT NULL,
  step       VARCHAR(16)   NOT NULL,
  decision   VARCHAR(16)   NOT NULL,
  comment    VARCHAR(1000),
  decided_by VARCHAR(64)   NOT NULL,
  decided_at DATETIME      NOT NULL,
  CONSTRAINT fk_intake_decision_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_intake_decision_case ON intake_decision (case_id);

CREATE TABLE referral (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT        NOT NULL,
  receiving_org VARCHAR(200)  NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  referred_by   VARCHAR(64)   NOT NULL,
  referred_at   DATETIME      NOT NULL,
  CONSTRAINT fk_referral_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_referral_case ON referral (case_id);

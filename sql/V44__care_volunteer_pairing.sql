-- Care visits (issue 14): a target paired with a volunteer of the station (a volunteer record with a login, of the
-- volunteer module). The target keeps its current pairing, care_pairing the history (who paired and ended it, when).
-- The paired volunteer gets their own visit task beside the worker's and sees only the targets paired with them.
ALTER TABLE care_target ADD COLUMN volunteer_no VARCHAR(30);
ALTER TABLE care_target ADD COLUMN volunteer_username VARCHAR(64);
ALTER TABLE care_target ADD COLUMN volunteer_name VARCHAR(50);
CREATE INDEX ix_care_target_volunteer ON care_target (volunteer_username);

CREATE TABLE care_pairing (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  target_id          BIGINT      NOT NULL,
  station_code       VARCHAR(20) NOT NULL,
  volunteer_no       VARCHAR(30) NOT NULL,
  volunteer_name     VARCHAR(50) NOT NULL,
  paired_by          VARCHAR(64) NOT NULL,
  paired_at          DATETIME    NOT NULL,
  ended_by           VARCHAR(64),
  ended_at           DATETIME,
  CONSTRAINT fk_care_pairing_target FOREIGN KEY (target_id) REFERENCES care_target (id)
);
CREATE INDEX ix_care_pairing_target ON care_pairing (target_id, ended_at);
CREATE INDEX ix_care_pairing_station ON care_pairing (station_code, paired_at);

-- a case's page links back to the target its client is and to the visit whose emergency opened it
CREATE INDEX ix_care_target_client ON care_target (client_id);
CREATE INDEX ix_care_visit_case ON care_visit (intake_case_no);

-- Bulk hand-over of a worker's open cases to a colleague (e.g. when someone leaves), with its progress.
CREATE TABLE reassignment (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  station_code VARCHAR(32)   NOT NULL,
  from_worker  VARCHAR(64)   NOT NULL,
  to_worker    VARCHAR(64)   NOT NULL,
  total        INT           NOT NULL,
  done         INT           NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  message      VARCHAR(1000),
  started_by   VARCHAR(64)   NOT NULL,
  started_at   DATETIME      NOT NULL,
  finished_at  DATETIME,
  CONSTRAINT fk_reassignment_station FOREIGN KEY (station_code) REFERENCES station (code)
);
CREATE INDEX idx_case_file_worker ON case_file (responsible_worker, station_code);

-- Organisation: the district, its social-work stations and the people who work in them.
-- Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.

CREATE TABLE district (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL
);

CREATE TABLE station (
  code          VARCHAR(32)  NOT NULL PRIMARY KEY,
  district_code VARCHAR(32)  NOT NULL,
  name          VARCHAR(100) NOT NULL,
  community     VARCHAR(100) NOT NULL,
  demonstration BOOLEAN      NOT NULL DEFAULT FALSE,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT fk_station_district FOREIGN KEY (district_code) REFERENCES district (code)
);

CREATE TABLE person (
  username   VARCHAR(64)  NOT NULL PRIMARY KEY,
  full_name  VARCHAR(100) NOT NULL,
  phone      VARCHAR(20),
  active     BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at DATETIME     NOT NULL
);

-- A role is held district-wide (station_code NULL: MENTOR, LEADER, ADMIN)
-- or for one station (WORKER, SUPERVISOR).
CREATE TABLE person_role (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username     VARCHAR(64) NOT NULL,
  role         VARCHAR(16) NOT NULL,
  station_code VARCHAR(32),
  CONSTRAINT fk_person_role_person FOREIGN KEY (username) REFERENCES person (username),
  CONSTRAINT fk_person_role_station FOREIGN KEY (station_code) REFERENCES station (code)
);
CREATE INDEX idx_person_role_username ON person_role (username);
CREATE INDEX idx_person_role_station ON person_role (station_code, role);

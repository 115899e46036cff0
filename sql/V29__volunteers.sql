-- Volunteers (志愿者), their teams, and the rules that turn service hours into points and star levels (as data).
-- The volunteer number (ZY-<station>-<nnnnn>) is the public identifier; the resident ID number is never one.
CREATE TABLE volunteer (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  volunteer_no    VARCHAR(32)  NOT NULL,
  full_name       VARCHAR(50)  NOT NULL,
  -- M / F, from the ID number
  sex             CHAR(1)      NOT NULL,
  -- yyyy-MM, from the ID number (民函〔2012〕340号 records the birth month, not the day)
  birth_month     VARCHAR(7)   NOT NULL,
  id_number       VARCHAR(18)  NOT NULL,
  phone           VARCHAR(20)  NOT NULL,
  -- comma list of skill words
  skills          VARCHAR(500),
  available_times VARCHAR(200),
  consent         BOOLEAN      NOT NULL,
  station_code    VARCHAR(20)  NOT NULL,
  -- the volunteer's own login (role VOLUNTEER), when they have one
  username        VARCHAR(64),
  referred_by     BIGINT,
  registered_by   VARCHAR(64)  NOT NULL,
  registered_at   DATETIME     NOT NULL,
  CONSTRAINT uq_volunteer_no UNIQUE (volunteer_no),
  CONSTRAINT uq_volunteer_id_number UNIQUE (id_number),
  CONSTRAINT uq_volunteer_username UNIQUE (username)
);
CREATE INDEX idx_volunteer_station ON volunteer (station_code, full_name);

CREATE TABLE volunteer_team (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  name         VARCHAR(100) NOT NULL,
  -- 文艺 / 为老 / 为小 / 夕阳红 … (free words, shown as written)
  kind         VARCHAR(50)  NOT NULL,
  station_code VARCHAR(20)  NOT NULL,
  -- a worker's username or a volunteer's number
  leader       VARCHAR(64),
  created_at   DATETIME     NOT NULL
);
CREATE INDEX idx_volunteer_team_station ON volunteer_team (station_code, name);

CREATE TABLE volunteer_team_member (
  team_id      BIGINT   NOT NULL,
  volunteer_id BIGINT   NOT NULL,
  joined_at    DATETIME NOT NULL,
  PRIMARY KEY (team_id, volunteer_id)
);
CREATE INDEX idx_volunteer_team_member_volunteer ON volunteer_team_member (volunteer_id);

-- How an activity's confirmed hours become points. hours_cap: most hours one activity may credit to the hours
-- ledger (NULL: only the activity's own duration); points_hours_cap: most hours of one activity that earn points.
CREATE TABLE volunteer_points_rule (
  code             VARCHAR(20)  NOT NULL PRIMARY KEY,
  name             VARCHAR(100) NOT NULL,
  points_per_hour  DECIMAL(8,2) NOT NULL,
  hours_cap        DECIMAL(6,2),
  points_hours_cap DECIMAL(6,2),
  referral_points  DECIMAL(8,2) NOT NULL
);
INSERT INTO volunteer_points_rule (code, name, points_per_hour, hours_cap, points_hours_cap, referral_points)
  VALUES ('default', '1小时1积分，每次活动至多计2小时，推荐新志愿者加2分', 1, NULL, 2, 2);

-- Star levels by total confirmed hours (中国社区志愿者注册管理办法 Art. 18); other places use other thresholds.
CREATE TABLE volunteer_star_level (
  stars     INT          NOT NULL PRIMARY KEY,
  min_hours DECIMAL(8,2) NOT NULL
);
INSERT INTO volunteer_star_level (stars, min_hours) VALUES (1, 100), (2, 300), (3, 600), (4, 1000), (5, 1500);

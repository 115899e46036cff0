-- Kuiwen's lists (issue 15 item 6): the 服务项目清单 (services a station's teams offer) and the 问题需求清单 (needs a
-- resident, a worker or a care visit raised), with 点单-派单-结单: a need is ordered (a service chosen), dispatched to a
-- team (a service request; it may become an activity) and closed with the requester's feedback. The 服务资源清单 is
-- read from the teams' kinds and the volunteers' skills (no table of its own).
CREATE TABLE volunteer_service_item (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  station_code VARCHAR(20)   NOT NULL,
  name         VARCHAR(100)  NOT NULL,
  -- 为老 / 为小 / 文艺 … (free words, like a team's kind)
  category     VARCHAR(50)   NOT NULL,
  description  VARCHAR(1000),
  -- the team that usually serves it, if one
  team_id      BIGINT,
  active       BOOLEAN       NOT NULL,
  created_by   VARCHAR(64)   NOT NULL,
  created_at   DATETIME      NOT NULL
);
CREATE INDEX idx_volunteer_service_item_station ON volunteer_service_item (station_code, active, id);

CREATE TABLE volunteer_need (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  -- XQ-<station>-<yyyy>-<nnnn>
  need_no         VARCHAR(40)   NOT NULL,
  station_code    VARCHAR(20)   NOT NULL,
  -- RESIDENT (居民提出), STAFF (社工提出), VISIT (探访发现)
  source          VARCHAR(12)   NOT NULL,
  -- what raised it in another module (a care visit's id), if anything
  source_ref      VARCHAR(64),
  requester_name  VARCHAR(50),
  requester_phone VARCHAR(20),
  category        VARCHAR(50),
  description     VARCHAR(2000) NOT NULL,
  -- OPEN (待点单), ORDERED (已点单), DISPATCHED (已派单), CLOSED (已结单)
  status          VARCHAR(12)   NOT NULL,
  service_item_id BIGINT,
  ordered_by      VARCHAR(64),
  ordered_at      DATETIME,
  team_id         BIGINT,
  dispatch_note   VARCHAR(1000),
  dispatched_by   VARCHAR(64),
  dispatched_at   DATETIME,
  -- the activity the service request became, if one
  activity_id     BIGINT,
  outcome         VARCHAR(1000),
  -- 1-5, the requester's
  satisfaction    INT,
  feedback        VARCHAR(1000),
  closed_by       VARCHAR(64),
  closed_at       DATETIME,
  raised_by       VARCHAR(64)   NOT NULL,
  raised_at       DATETIME      NOT NULL,
  CONSTRAINT uq_volunteer_need_no UNIQUE (need_no)
);
CREATE INDEX idx_volunteer_need_station ON volunteer_need (station_code, status, id);
CREATE INDEX idx_volunteer_need_source ON volunteer_need (source, source_ref);

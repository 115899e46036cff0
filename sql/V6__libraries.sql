-- 社会资源库: resources by the six dimensions 人 文 地 产 景 治 (people, culture, places, industry, scenery, governance),
-- for one station or (station_code NULL) the whole district; service plans link to them.
CREATE TABLE resource (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dimension     VARCHAR(16)   NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  description   VARCHAR(1000) NOT NULL,
  contact       VARCHAR(100),
  station_code  VARCHAR(32),
  active        BOOLEAN       NOT NULL DEFAULT TRUE,
  created_by    VARCHAR(64)   NOT NULL,
  created_at    DATETIME      NOT NULL,
  CONSTRAINT fk_resource_station FOREIGN KEY (station_code) REFERENCES station (code)
);
CREATE INDEX idx_resource_station ON resource (station_code, dimension);

CREATE TABLE plan_resource (
  plan_id     BIGINT NOT NULL,
  resource_id BIGINT NOT NULL,
  PRIMARY KEY (plan_id, resource_id),
  CONSTRAINT fk_plan_resource_plan FOREIGN KEY (plan_id) REFERENCES service_plan (id),
  CONSTRAINT fk_plan_resource_resource FOREIGN KEY (resource_id) REFERENCES resource (id)
);

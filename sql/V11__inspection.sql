-- Inspection (项目监督检查), rectification (整改), demonstration stations (示范站) and the project library (项目库).
-- Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.

-- 项目库: service projects run at one or more stations (none: district-wide)
CREATE TABLE project (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name               VARCHAR(200)  NOT NULL,
  category           VARCHAR(32)   NOT NULL,
  period_start       DATE          NOT NULL,
  period_end         DATE          NOT NULL,
  funder             VARCHAR(200),
  budget             DECIMAL(12,2),
  targets            VARCHAR(2000) NOT NULL,
  responsible_org    VARCHAR(200)  NOT NULL,
  responsible_people VARCHAR(200),
  status             VARCHAR(16)   NOT NULL,
  created_by         VARCHAR(64)   NOT NULL,
  created_at         DATETIME      NOT NULL,
  updated_at         DATETIME      NOT NULL
);

CREATE TABLE project_station (
  project_id   BIGINT      NOT NULL,
  station_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (project_id, station_code),
  CONSTRAINT fk_project_station_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_project_station_station FOREIGN KEY (station_code) REFERENCES station (code)
);
CREATE INDEX idx_project_station_station ON project_station (station_code);

-- Checklist templates as data: a template (code, version) is never changed once used; editing makes a new version.
CREATE TABLE inspection_template (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code           VARCHAR(32)  NOT NULL,
  version        INT          NOT NULL,
  name           VARCHAR(100) NOT NULL,
  pass_threshold DECIMAL(6,2) NOT NULL,
  latest         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_by     VARCHAR(64)  NOT NULL,
  created_at     DATETIME     NOT NULL,
  CONSTRAINT uq_inspection_template UNIQUE (code, version)
);

CREATE TABLE inspection_template_item (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  template_id BIGINT       NOT NULL,
  position    INT          NOT NULL,
  dimension   VARCHAR(100) NOT NULL,
  title       VARCHAR(300) NOT NULL,
  max_score   DECIMAL(6,2) NOT NULL,
  CONSTRAINT fk_template_item_template FOREIGN KEY (template_id) REFERENCES inspection_template (id)
);
CREATE INDEX idx_template_item ON inspection_template_item (template_id, position);

CREATE TABLE demonstration_round (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(100)  NOT NULL,
  template_id BIGINT        NOT NULL,
  status      VARCHAR(16)   NOT NULL,
  opened_by   VARCHAR(64)   NOT NULL,
  opened_at   DATETIME      NOT NULL,
  decision    VARCHAR(2000),
  decided_by  VARCHAR(64),
  decided_at  DATETIME,
  CONSTRAINT fk_round_template FOREIGN KEY (template_id) REFERENCES inspection_template (id)
);

-- One inspection of a station (or of a project at a station), done with one template version.
CREATE TABLE inspection (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inspection_no       VARCHAR(32)  NOT NULL,
  inspection_type     VARCHAR(16)  NOT NULL,
  station_code        VARCHAR(32)  NOT NULL,
  project_id          BIGINT,
  template_id         BIGINT       NOT NULL,
  round_id            BIGINT,
  planned_on          DATE         NOT NULL,
  planned_by          VARCHAR(64)  NOT NULL,
  rectification_days  INT          NOT NULL,
  status              VARCHAR(16)  NOT NULL,
  total_score         DECIMAL(8,2),
  max_score           DECIMAL(8,2),
  passed              BOOLEAN,
  summary             VARCHAR(2000),
  process_instance_id VARCHAR(64),
  created_at          DATETIME     NOT NULL,
  scored_at           DATETIME,
  closed_at           DATETIME,
  CONSTRAINT uq_inspection_no UNIQUE (inspection_no),
  CONSTRAINT fk_inspection_station FOREIGN KEY (station_code) REFERENCES station (code),
  CONSTRAINT fk_inspection_project FOREIGN KEY (project_id) REFERENCES project (id),
  CONSTRAINT fk_inspection_template FOREIGN KEY (template_id) REFERENCES inspection_template (id),
  CONSTRAINT fk_inspection_round FOREIGN KEY (round_id) REFERENCES demonstration_round (id)
);
CREATE INDEX idx_inspection_station ON inspection (station_code, created_at);
CREATE INDEX idx_inspection_process ON inspection (process_instance_id);

CREATE TABLE inspection_inspector (
  inspection_id BIGINT      NOT NULL,
  username      VARCHAR(64) NOT NULL,
  PRIMARY KEY (inspection_id, username),
  CONSTRAINT fk_inspector_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
  CONSTRAINT fk_inspector_person FOREIGN KEY (username) REFERENCES person (username)
);

-- One inspector's score of one item, with the finding and whether it must be rectified
CREATE TABLE inspection_score (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inspection_id       BIGINT        NOT NULL,
  item_id             BIGINT        NOT NULL,
  inspector           VARCHAR(64)   NOT NULL,
  score               DECIMAL(6,2)  NOT NULL,
  finding             VARCHAR(1000),
  needs_rectification BOOLEAN       NOT NULL DEFAULT FALSE,
  scored_at           DATETIME      NOT NULL,
  CONSTRAINT uq_inspection_score UNIQUE (inspection_id, item_id, inspector),
  CONSTRAINT fk_score_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
  CONSTRAINT fk_score_item FOREIGN KEY (item_id) REFERENCES inspection_template_item (id)
);

-- 整改: one per inspection that found something to fix
CREATE TABLE rectification (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inspection_id    BIGINT        NOT NULL,
  station_code     VARCHAR(32)   NOT NULL,
  notice           VARCHAR(4000) NOT NULL,
  deadline         DATE          NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  report           VARCHAR(4000),
  reported_at      DATETIME,
  review_comment   VARCHAR(1000),
  reviewed_by      VARCHAR(64),
  extended         BOOLEAN       NOT NULL DEFAULT FALSE,
  extension_reason VARCHAR(1000),
  created_at       DATETIME      NOT NULL,
  closed_at        DATETIME,
  CONSTRAINT uq_rectification_inspection UNIQUE (inspection_id),
  CONSTRAINT fk_rectification_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
  CONSTRAINT fk_rectification_station FOREIGN KEY (station_code) REFERENCES station (code)
);
CREATE INDEX idx_rectification_station ON rectification (station_code, status);

-- Evidence files (photos, documents) kept in the database, so they commit or roll back with the engine
-- and every node of a cluster serves them. LONGBLOB: a BLOB on H2, up to 4 GB on MySQL/MariaDB.
CREATE TABLE inspection_evidence (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inspection_id     BIGINT       NOT NULL,
  rectification_id  BIGINT,
  station_code      VARCHAR(32)  NOT NULL,
  file_name         VARCHAR(200) NOT NULL,
  content_type      VARCHAR(100) NOT NULL,
  size_bytes        BIGINT       NOT NULL,
  content           LONGBLOB     NOT NULL,
  uploaded_by       VARCHAR(64)  NOT NULL,
  uploaded_at       DATETIME     NOT NULL,
  CONSTRAINT fk_evidence_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
  CONSTRAINT fk_evidence_rectification FOREIGN KEY (rectification_id) REFERENCES rectification (id)
);
CREATE INDEX idx_evidence_inspection ON inspection_evidence (inspection_id);

-- A station chosen as demonstration station (示范站) in a round
CREATE TABLE demonstration_award (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  station_code VARCHAR(32) NOT NULL,
  round_id     BIGINT      NOT NULL,
  awarded_on   DATE        NOT NULL,
  CONSTRAINT fk_award_station FOREIGN KEY (station_code) REFERENCES station (code),
  CONSTRAINT fk_award_round FOREIGN KEY (round_id) REFERENCES demonstration_round (id)
);

-- The default templates (administrators edit them into new versions)
INSERT INTO inspection_template (code, version, name, pass_threshold, latest, created_by, created_at)
VALUES ('five-haves', 1, '社工站“五有”标准', 80, TRUE, 'system', '2026-01-01 00:00:00');
INSERT INTO inspection_template (code, version, name, pass_threshold, latest, created_by, created_at)
VALUES ('demonstration', 1, '示范站评选（四个方面及太阳宫标准）', 85, TRUE, 'system', '2026-01-01 00:00:00');
INSERT INTO inspection_template (code, version, name, pass_threshold, latest, created_by, created_at)
VALUES ('project-review', 1, '项目中期/年度检查', 70, TRUE, 'system', '2026-01-01 00:00:00');

INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 1, '有场所', '服务场所固定，面积达标', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 2, '有场所', '功能分区（接待、个案、小组活动）', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 3, '有设施', '办公与服务设施齐全', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 4, '有设施', '无障碍与安全设施', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 5, '有制度', '服务与督导制度上墙并执行', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 6, '有制度', '档案管理规范', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 7, '有标识', '统一标识标牌', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 8, '有标识', '服务公示（项目、人员、时间）', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 9, '有人员', '专职社工到岗（不少于 2 名）', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 10, '有人员', '持证上岗与定期培训', 10 FROM inspection_template WHERE code = 'five-haves' AND version = 1;

INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 1, '基础设施完备', '场所与设施满足服务需要', 15 FROM inspection_template WHERE code = 'demonstration' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 2, '工作人员到位', '专职社工配备与分工', 15 FROM inspection_template WHERE code = 'demonstration' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 3, '规章制度完善', '制度健全并落实', 15 FROM inspection_template WHERE code = 'demonstration' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 4, '精准谋划项目', '项目立足需求、成效可评估', 15 FROM inspection_template WHERE code = 'demonstration' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 5, '太阳宫标准', '物理环境', 10 FROM inspection_template WHERE code = 'demonstration' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 6, '太阳宫标准', '专职人员配备', 10 FROM inspection_template WHERE code = 'demonstration' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 7, '太阳宫标准', '社区书记的领导力', 10 FROM inspection_template WHERE code = 'demonstration' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 8, '太阳宫标准', '专家研讨意见', 10 FROM inspection_template WHERE code = 'demonstration' AND version = 1;

INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 1, '项目执行', '进度符合计划', 20 FROM inspection_template WHERE code = 'project-review' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 2, '项目执行', '服务对象覆盖', 15 FROM inspection_template WHERE code = 'project-review' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 3, '目标与成效', '指标完成情况', 20 FROM inspection_template WHERE code = 'project-review' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 4, '目标与成效', '服务对象满意度', 15 FROM inspection_template WHERE code = 'project-review' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 5, '项目管理', '财务与预算执行', 15 FROM inspection_template WHERE code = 'project-review' AND version = 1;
INSERT INTO inspection_template_item (template_id, position, dimension, title, max_score)
SELECT id, 6, '项目管理', '档案与过程记录', 15 FROM inspection_template WHERE code = 'project-review' AND version = 1;

-- Casework, second part: needs assessment (预估) with its risk level, the service plan (服务计划), the needs
-- library's types, and the decisions of every step (the intake's table, renamed now that it serves all steps).

ALTER TABLE intake_decision RENAME TO case_decision;
ALTER TABLE case_decision MODIFY COLUMN step VARCHAR(32) NOT NULL;

ALTER TABLE case_file ADD COLUMN mentor VARCHAR(64);
ALTER TABLE case_file ADD COLUMN risk_level VARCHAR(16);

-- 社区需求库: the types of need an assessment can name; aggregated per community from the assessments.
CREATE TABLE need_type (
  code     VARCHAR(32)  NOT NULL PRIMARY KEY,
  name     VARCHAR(50)  NOT NULL,
  category VARCHAR(32)  NOT NULL,
  active   BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO need_type (code, name, category) VALUES
  ('meal', '助餐', 'daily_care'),
  ('cleaning', '助洁', 'daily_care'),
  ('bathing', '助浴', 'daily_care'),
  ('medical', '助医', 'health'),
  ('rehab', '康复护理', 'health'),
  ('emotional', '精神慰藉', 'psychological'),
  ('companionship', '陪伴探访', 'psychological'),
  ('legal', '法律援助', 'rights'),
  ('policy', '政策咨询与申请', 'rights'),
  ('employment', '就业帮扶', 'development'),
  ('study', '学业辅导', 'development'),
  ('parenting', '家庭教育指导', 'family'),
  ('family_relation', '家庭关系调适', 'family'),
  ('safety', '居家安全防护', 'safety'),
  ('home_adaptation', '适老化改造', 'safety');

-- 需求评估表
CREATE TABLE assessment (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id           BIGINT        NOT NULL,
  assessed_on       DATE          NOT NULL,
  assessed_by       VARCHAR(64)   NOT NULL,
  health            VARCHAR(16)   NOT NULL,
  self_care         VARCHAR(16)   NOT NULL,
  family_support    VARCHAR(16)   NOT NULL,
  social_support    VARCHAR(16)   NOT NULL,
  individual_system VARCHAR(2000) NOT NULL,
  family_system     VARCHAR(2000) NOT NULL,
  social_system     VARCHAR(2000) NOT NULL,
  strengths         VARCHAR(1000),
  risks             VARCHAR(1000),
  emergency_flags   VARCHAR(200),
  priority          VARCHAR(16)   NOT NULL,
  summary           VARCHAR(2000) NOT NULL,
  risk_level        VARCHAR(16),
  reassess_after    VARCHAR(16),
  status            VARCHAR(16)   NOT NULL,
  created_at        DATETIME      NOT NULL,
  CONSTRAINT fk_assessment_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX idx_assessment_case ON assessment (case_id);

CREATE TABLE assessment_need (
  assessment_id BIGINT      NOT NULL,
  need_code     VARCHAR(32) NOT NULL,
  PRIMARY KEY (assessment_id, need_code),
  CONSTRAINT fk_assessment_need_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id),
  CONSTRAINT fk_assessment_need_type FOREIGN KEY (need_code) REFERENCES need_type (code)
);
CREATE INDEX idx_assessment_need_code ON assessment_need (need_code);

-- 服务计划书
CREATE TABLE service_plan (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id       BIGINT        NOT NULL,
  assessment_id BIGINT        NOT NULL,
  goal          VARCHAR(1000) NOT NULL,
  approach      VARCHAR(2000) NOT NULL,
  resources     VARCHAR(1000),
  status        VARCHAR(16)   NOT NULL,
  written_by    VARCHAR(64)   NOT NULL,
  written_at    DATETIME      NOT NULL,
  CONSTRAINT fk_service_plan_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_service_plan_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX idx_service_plan_case ON service_plan (case_id);

CREATE TABLE plan_objective (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id     BIGINT        NOT NULL,
  seq_no      INT           NOT NULL,
  description VARCHAR(500)  NOT NULL,
  indicator   VARCHAR(500)  NOT NULL,
  deadline    DATE          NOT NULL,
  CONSTRAINT fk_plan_objective_plan FOREIGN KEY (plan_id) REFERENCES service_plan (id)
);
CREATE INDEX idx_plan_objective_plan ON plan_objective (plan_id);

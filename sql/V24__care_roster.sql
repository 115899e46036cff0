-- Care visits (关爱探访), the roster: tiers and categories are data an administrator edits (REFERENCE §4), a
-- visit target is a client record of a station with a category, a tier, the responsible worker and whether they
-- consent to visits. Tier changes are kept as history for the target's page.
CREATE TABLE care_tier (
  code               VARCHAR(20)  NOT NULL PRIMARY KEY,
  name_zh            VARCHAR(50)  NOT NULL,
  name_en            VARCHAR(50)  NOT NULL,
  -- ISO-8601 period between two visits (P7D weekly, P1M monthly, P3M quarterly)
  visit_interval     VARCHAR(20)  NOT NULL,
  window_before_days INT          NOT NULL,
  window_after_days  INT          NOT NULL,
  sort_order         INT          NOT NULL
);

CREATE TABLE care_category (
  code         VARCHAR(30) NOT NULL PRIMARY KEY,
  name_zh      VARCHAR(50) NOT NULL,
  name_en      VARCHAR(80) NOT NULL,
  -- elder or child: children's visits are assessed by the child-risk-level decision
  target_type  VARCHAR(10) NOT NULL,
  default_tier VARCHAR(20) NOT NULL,
  -- the client record's person type (intake-register's personType option) of people of this category
  person_type  VARCHAR(30) NOT NULL,
  sort_order   INT         NOT NULL,
  CONSTRAINT fk_care_category_tier FOREIGN KEY (default_tier) REFERENCES care_tier (code)
);

INSERT INTO care_tier (code, name_zh, name_en, visit_interval, window_before_days, window_after_days, sort_order)
VALUES ('high', '高风险', 'High risk', 'P7D', 1, 2, 1),
       ('key', '重点', 'Priority', 'P1M', 5, 5, 2),
       ('general', '一般', 'General', 'P3M', 10, 10, 3);

INSERT INTO care_category (code, name_zh, name_en, target_type, default_tier, person_type, sort_order)
VALUES ('alone', '独居老人', 'Elderly living alone', 'elder', 'high', 'living_alone', 1),
       ('empty_nest', '空巢老人', 'Empty-nest elderly', 'elder', 'general', 'childless_elder', 2),
       ('left_behind_elder', '留守老人', 'Left-behind elderly', 'elder', 'general', 'left_behind_elder', 3),
       ('disabled', '失能/半失能老人', 'Disabled or semi-disabled elderly', 'elder', 'key', 'disabled', 4),
       ('family_planning', '计生特殊家庭', 'Special family-planning family', 'elder', 'key', 'special_family', 5),
       ('dispersed_support', '分散供养特困人员', 'Dispersed-support person in extreme hardship', 'elder', 'key', 'tekun', 6),
       ('child_difficulty', '困境儿童', 'Child in difficulty', 'child', 'key', 'kunjing_child', 7),
       ('left_behind_child', '留守儿童', 'Left-behind child', 'child', 'general', 'other', 8);

CREATE TABLE care_target (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  station_code     VARCHAR(20)  NOT NULL,
  -- the person: casework's client record (name, resident ID, phone, address, emergency contact)
  client_id        BIGINT       NOT NULL,
  full_name        VARCHAR(50)  NOT NULL,
  category         VARCHAR(30)  NOT NULL,
  -- 困境儿童: orphan / self / family / safety / temporary
  sub_category     VARCHAR(20),
  tier_code        VARCHAR(20)  NOT NULL,
  worker_username  VARCHAR(64)  NOT NULL,
  -- paired volunteer or 儿童主任, as name, role and phone
  visitor_name     VARCHAR(50),
  visitor_role     VARCHAR(20),
  visitor_phone    VARCHAR(20),
  consent          BOOLEAN      NOT NULL,
  created_by       VARCHAR(64)  NOT NULL,
  created_at       TIMESTAMP    NOT NULL,
  CONSTRAINT fk_care_target_category FOREIGN KEY (category) REFERENCES care_category (code),
  CONSTRAINT fk_care_target_tier FOREIGN KEY (tier_code) REFERENCES care_tier (code)
);
CREATE INDEX ix_care_target_station ON care_target (station_code, tier_code);
CREATE INDEX ix_care_target_worker ON care_target (worker_username);

CREATE TABLE care_tier_change (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  target_id   BIGINT      NOT NULL,
  from_tier   VARCHAR(20),
  to_tier     VARCHAR(20) NOT NULL,
  -- tier / major-change (出院 discharge, 丧亲 bereavement, 照料人离开 carer left, 极端天气 weather)
  kind        VARCHAR(20) NOT NULL,
  note        VARCHAR(500),
  changed_by  VARCHAR(64) NOT NULL,
  changed_at  TIMESTAMP   NOT NULL,
  CONSTRAINT fk_care_tier_change_target FOREIGN KEY (target_id) REFERENCES care_target (id)
);
CREATE INDEX ix_care_tier_change_target ON care_tier_change (target_id);

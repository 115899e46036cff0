-- Administration of the organisation (issue 12): what a station is (kind), the people's certification, one-time
-- passwords that must be changed at first login, and when a person left.
-- Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.

ALTER TABLE station ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'community';
ALTER TABLE station ADD COLUMN county VARCHAR(100);

-- 持证社工 level: ASSISTANT (助理社工师), SOCIAL_WORKER (社工师), SENIOR (高级社工师); NULL: not certified
ALTER TABLE person ADD COLUMN certification VARCHAR(16);
ALTER TABLE person ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE person ADD COLUMN left_at DATETIME;

CREATE INDEX idx_person_role_role ON person_role (role);

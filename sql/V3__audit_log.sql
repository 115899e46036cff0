-- Who read or changed what: every view of a case file is written here (personal data of elderly people and children).
CREATE TABLE audit_log (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at         DATETIME     NOT NULL,
  username   VARCHAR(64)  NOT NULL,
  action     VARCHAR(32)  NOT NULL,
  subject    VARCHAR(64)  NOT NULL,
  channel    VARCHAR(16)  NOT NULL
);
CREATE INDEX idx_audit_log_subject ON audit_log (subject, at);
CREATE INDEX idx_audit_log_username ON audit_log (username, at);

-- Process administration: every deployment, migration and model download (who, when, what, which version).
CREATE TABLE model_audit (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at           DATETIME      NOT NULL,
  username     VARCHAR(64)   NOT NULL,
  action       VARCHAR(16)   NOT NULL,
  process_key  VARCHAR(255),
  version      INT,
  subject      VARCHAR(64),
  channel      VARCHAR(64),
  detail       VARCHAR(1000)
);
CREATE INDEX idx_model_audit_at ON model_audit (at);
CREATE INDEX idx_model_audit_key ON model_audit (process_key, at);
CREATE INDEX idx_model_audit_subject ON model_audit (subject);

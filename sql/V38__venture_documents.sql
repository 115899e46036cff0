-- Documents of a micro-venture application kept in the database (like inspection_evidence), so they commit or roll
-- back with the task that took them and every node serves them. kind 'agreement': the signed tripartite agreement
-- (签订三方协议); the application's agreement_file keeps the name of the latest one. LONGBLOB: a BLOB on H2, up to
-- 4 GB on MySQL/MariaDB.
CREATE TABLE venture_document (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT       NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  file_name       VARCHAR(200) NOT NULL,
  content_type    VARCHAR(100) NOT NULL,
  size_bytes      BIGINT       NOT NULL,
  content         LONGBLOB     NOT NULL,
  uploaded_by     VARCHAR(64)  NOT NULL,
  uploaded_at     DATETIME     NOT NULL,
  CONSTRAINT fk_venture_document_application FOREIGN KEY (application_id) REFERENCES venture_application (id)
);
CREATE INDEX idx_venture_document_application ON venture_document (application_id, kind);

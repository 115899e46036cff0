-- A case hand-over runs as engine jobs that any node resumes (docs/operations.md): each case it moved, once, with the
-- node (engine host name) whose job moved it. The primary key makes moving a case twice in one hand-over impossible.
CREATE TABLE reassignment_case (
  reassignment_id BIGINT       NOT NULL,
  case_id         BIGINT       NOT NULL,
  node            VARCHAR(255) NOT NULL,
  moved_at        DATETIME     NOT NULL,
  PRIMARY KEY (reassignment_id, case_id),
  CONSTRAINT fk_reassignment_case_reassignment FOREIGN KEY (reassignment_id) REFERENCES reassignment (id),
  CONSTRAINT fk_reassignment_case_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);

-- 实施阶段的活动记录: while a funded project is implemented its organisation records each activity (day, title,
-- participants, volunteer hours when volunteers took part, what was done); photos and attachments are kept in
-- venture_document (kind 'activity', with the activity's id). A report (mid-term, final) keeps the counts of the
-- activities recorded up to its submission.
CREATE TABLE venture_activity (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id   BIGINT        NOT NULL,
  held_on          DATE          NOT NULL,
  title            VARCHAR(100)  NOT NULL,
  participants     INT           NOT NULL,
  -- null when no volunteers took part
  volunteer_hours  DECIMAL(8,2),
  content          VARCHAR(1000),
  recorded_by      VARCHAR(64)   NOT NULL,
  recorded_at      DATETIME      NOT NULL,
  CONSTRAINT fk_venture_activity_application FOREIGN KEY (application_id) REFERENCES venture_application (id)
);
CREATE INDEX idx_venture_activity_application ON venture_activity (application_id, held_on);

ALTER TABLE venture_document ADD COLUMN activity_id BIGINT;
ALTER TABLE venture_document ADD CONSTRAINT fk_venture_document_activity FOREIGN KEY (activity_id)
  REFERENCES venture_activity (id);

ALTER TABLE venture_report ADD COLUMN activity_count INT;
ALTER TABLE venture_report ADD COLUMN participant_count INT;
ALTER TABLE venture_report ADD COLUMN volunteer_hours DECIMAL(10,2);

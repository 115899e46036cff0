-- A draft of a task's form (tasklist): what a person typed and saved without completing, kept per task and person
-- until the task ends (removed by tasklist.TaskProjection in the engine's transaction when the task completes or is
-- deleted). values_json: the form's fields as submitted (text or list of texts), never validated.
CREATE TABLE task_draft (
  task_id     VARCHAR(64)  NOT NULL,
  username    VARCHAR(255) NOT NULL,
  saved_at    DATETIME     NOT NULL,
  values_json TEXT         NOT NULL,
  PRIMARY KEY (task_id, username)
);

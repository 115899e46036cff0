-- Notifications (issue 12, item 4): what the notification centre lists for a person and what is mailed to them.
-- A row is written in the transaction of the task change that caused it (a task assigned, offered, escalated,
-- returned) or by the periodic checks (overdue, due today); (recipient, dedupe_key) makes each notice once, whichever
-- node or event writes it. mail_state is the outbox of the mail jobs: NULL = no mail, PENDING, CLAIMED (mail_claim
-- names the run that took it, by a conditional UPDATE), SENT, FAILED, DROPPED (an offered task claimed meanwhile).
-- Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.

CREATE TABLE notification (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient       VARCHAR(64)   NOT NULL,
  kind            VARCHAR(16)   NOT NULL,
  dedupe_key      VARCHAR(128)  NOT NULL,
  task_id         VARCHAR(64),
  task_name       VARCHAR(255),
  subject         VARCHAR(300),
  link            VARCHAR(300),
  item_count      INT           NOT NULL DEFAULT 0,
  created_at      DATETIME      NOT NULL,
  read_at         DATETIME,
  mail_state      VARCHAR(8),
  mail_claim      VARCHAR(40),
  mail_claimed_at DATETIME,
  mail_sent_at    DATETIME,
  mail_attempts   INT           NOT NULL DEFAULT 0,
  CONSTRAINT uq_notification_dedupe UNIQUE (recipient, dedupe_key)
);

-- the centre's page (newest first) and the bell's unread count
CREATE INDEX idx_notification_recipient ON notification (recipient, created_at, id);
CREATE INDEX idx_notification_unread ON notification (recipient, read_at);
-- the mail jobs: pending rows of a kind, oldest first; rows of a task (an offer dropped when it is claimed)
CREATE INDEX idx_notification_mail ON notification (mail_state, kind, created_at);
CREATE INDEX idx_notification_task ON notification (task_id);

-- Notification preferences (issue 12, item 4): per person and kind, in_app (the centre only), email (the centre and
-- a mail) or none; a kind without a row is in_app. The address mails go to is the person's own choice, kept here
-- (the organisation's person record has no e-mail address).
-- Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.

CREATE TABLE notification_preference (
  username  VARCHAR(64)  NOT NULL,
  kind      VARCHAR(16)  NOT NULL,
  channel   VARCHAR(8)   NOT NULL,
  PRIMARY KEY (username, kind)
);

CREATE TABLE notification_address (
  username    VARCHAR(64)   NOT NULL PRIMARY KEY,
  email       VARCHAR(254)  NOT NULL,
  changed_at  DATETIME      NOT NULL
);

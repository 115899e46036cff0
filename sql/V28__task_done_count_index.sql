-- The done tab counts a person's finished tasks in the reader's scope:
--   COUNT(*) FROM task_done WHERE username = ? AND (station_code IS NULL OR station_code IN (...)).
-- With station_code outside idx_task_done_by the count read every row of the person from the table, and with many
-- rows per person MariaDB chose a full scan (benchmark, 100,000 history rows: type=ALL). Carrying station_code at the
-- end of the same index makes the count index-only and keeps the page's order (username, ended DESC, task_id DESC).
ALTER TABLE task_done DROP INDEX idx_task_done_by;
CREATE INDEX idx_task_done_by ON task_done (username, ended, task_id, station_code);

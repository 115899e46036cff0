-- One index per inbox tab's order (see docs/tasks.md): mine, unclaimed (per candidate), escalated, done, and the
-- escalation scan (escalated_to IS NULL, due_sort range).
CREATE INDEX idx_task_item_assignee ON task_item (assignee, due_sort, created, task_id);
CREATE INDEX idx_task_item_escalated ON task_item (escalated_to, due_sort, created, task_id);
CREATE INDEX idx_task_item_instance ON task_item (process_instance_id);
CREATE INDEX idx_task_item_business_key ON task_item (business_key);
CREATE INDEX idx_task_item_candidate_pool ON task_item_candidate (candidate_type, candidate, unassigned, due_sort, created, task_id);
CREATE INDEX idx_task_done_by ON task_done (username, ended, task_id);

-- Replaced by task_item (the supervision, meeting and action-item tasks are described by their modules' describers).
DROP TABLE work_task_subject;

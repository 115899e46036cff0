-- Listing the audit log by day with neither subject nor user (the /admin/audit page, GET /api/audit).
CREATE INDEX idx_audit_log_at ON audit_log (at);

-- The import machinery of the organisation (V21) serves other modules' imports too (organization.ImportKind; first
-- the care roster, issue 14): each job says which kind of file it imported and, for a station's import, which
-- station. Jobs before this are the organisation's own. Runs on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.
ALTER TABLE import_job ADD COLUMN kind VARCHAR(20) DEFAULT 'organization' NOT NULL;
ALTER TABLE import_job ADD COLUMN scope_code VARCHAR(20);
CREATE INDEX idx_import_job_kind ON import_job (kind, scope_code, created_at);

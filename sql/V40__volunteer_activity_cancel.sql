-- A published activity cancelled before it starts (status CANCELLED) by its organiser or a station supervisor: why,
-- who and when. Its sign-ups end (CANCELLED), the signed-up are told, nobody gets hours.
ALTER TABLE volunteer_activity ADD COLUMN cancel_reason VARCHAR(500);
ALTER TABLE volunteer_activity ADD COLUMN cancelled_by VARCHAR(64);
ALTER TABLE volunteer_activity ADD COLUMN cancelled_at DATETIME;

-- The case list shows the newest cases first (ORDER BY registered_at DESC LIMIT 200), for one station or the
-- district; these indexes let MySQL/MariaDB read them in order instead of sorting every case (benchmark, README).
CREATE INDEX idx_case_file_registered ON case_file (registered_at, id);
CREATE INDEX idx_case_file_station_registered ON case_file (station_code, registered_at, id);

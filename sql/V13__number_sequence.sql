-- Human numbers (case no. 个案编号, inspection no.) are drawn from one counter per name and year. The row is locked
-- while a number is drawn, so two transactions never get the same number and a rolled-back one gives its number back.
-- Replaces case_number_sequence (case numbers are the counters named case-<station>).
CREATE TABLE number_sequence (
  name        VARCHAR(64) NOT NULL,
  seq_year    INT         NOT NULL,
  last_number INT         NOT NULL,
  PRIMARY KEY (name, seq_year)
);

INSERT INTO number_sequence (name, seq_year, last_number)
  SELECT CONCAT('case-', station_code), seq_year, last_number FROM case_number_sequence;

DROP TABLE case_number_sequence;

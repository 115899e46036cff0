-- A service plan may belong to a service project of the project library (项目库), e.g. an 一老一小 project at
-- the case's station. It is chosen from the projects planned or running at that station or district-wide.
ALTER TABLE service_plan ADD COLUMN project_id BIGINT NULL;
ALTER TABLE service_plan ADD CONSTRAINT fk_service_plan_project FOREIGN KEY (project_id) REFERENCES project (id);

package org.socialwork.flow.library;

import java.util.List;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.socialwork.flow.organization.DataScope;
import org.springframework.stereotype.Component;

/**
 * {@code valuesKey: stationProjects}: the projects a service plan may belong to, those planned or running at the
 * case's station and the district-wide ones.
 */
@Component
class PlanProjectOptions implements OptionSource {

  private static final List<String> OPEN = List.of("planned", "running");

  private final ProjectMapper projects;

  PlanProjectOptions(ProjectMapper projects) {
    this.projects = projects;
  }

  @Override
  public String valuesKey() {
    return "stationProjects";
  }

  @Override
  public List<FormOption> options(FormContext context) {
    DataScope station = new DataScope(false, context.stationCode() == null ? List.of() : List.of(context.stationCode()));
    return projects.findProjects(station, null).stream()
        .filter(p -> OPEN.contains(p.getStatus()))
        .map(p -> new FormOption(String.valueOf(p.getId()), p.getName()))
        .toList();
  }
}

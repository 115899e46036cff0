package org.socialwork.flow.organization;

import java.util.List;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.springframework.stereotype.Component;

/** {@code valuesKey: stationWorkers}: the active workers of the station the form is about. */
@Component
class StationWorkerOptions implements OptionSource {

  private final OrganizationMapper organization;

  StationWorkerOptions(OrganizationMapper organization) {
    this.organization = organization;
  }

  @Override
  public String valuesKey() {
    return "stationWorkers";
  }

  @Override
  public List<FormOption> options(FormContext context) {
    if (context.stationCode() == null) {
      return List.of();
    }
    return organization.findPeopleAt(context.stationCode(), Role.WORKER).stream()
        .map(p -> new FormOption(p.username(), p.fullName()))
        .toList();
  }
}

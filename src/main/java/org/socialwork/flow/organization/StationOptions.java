package org.socialwork.flow.organization;

import java.util.List;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.springframework.stereotype.Component;

/** {@code valuesKey: userStations}: the stations in which the person filling the form is a station worker. */
@Component
class StationOptions implements OptionSource {

  private final OrganizationMapper organization;

  StationOptions(OrganizationMapper organization) {
    this.organization = organization;
  }

  @Override
  public String valuesKey() {
    return "userStations";
  }

  @Override
  public List<FormOption> options(FormContext context) {
    List<String> mine = organization.findRoles(context.username()).stream()
        .filter(r -> r.role() == Role.WORKER).map(RoleAssignment::stationCode).toList();
    return organization.findActiveStations().stream()
        .filter(s -> mine.contains(s.code()))
        .map(s -> new FormOption(s.code(), s.name()))
        .toList();
  }
}

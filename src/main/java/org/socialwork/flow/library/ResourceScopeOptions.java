package org.socialwork.flow.library;

import java.util.List;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.springframework.stereotype.Component;

/** {@code valuesKey: resourceScopes}: the stations a resource may be registered for by this person. */
@Component
class ResourceScopeOptions implements OptionSource {

  private final StaffDirectory staff;
  private final Stations stations;

  ResourceScopeOptions(StaffDirectory staff, Stations stations) {
    this.staff = staff;
    this.stations = stations;
  }

  @Override
  public String valuesKey() {
    return "resourceScopes";
  }

  @Override
  public List<FormOption> options(FormContext context) {
    StaffMember member = staff.find(context.username()).orElse(null);
    if (member == null) {
      return List.of();
    }
    return stations.active().stream()
        .filter(s -> member.districtWide() || member.stationCodes().contains(s.code()))
        .map(s -> new FormOption(s.code(), s.name()))
        .toList();
  }
}

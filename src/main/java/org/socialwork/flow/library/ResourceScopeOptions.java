package org.socialwork.flow.library;

import java.util.List;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.OrganizationMapper;
import org.springframework.stereotype.Component;

/** {@code valuesKey: resourceScopes}: the stations a resource may be registered for by this person. */
@Component
class ResourceScopeOptions implements OptionSource {

  private final StaffDirectory staff;
  private final OrganizationMapper organization;

  ResourceScopeOptions(StaffDirectory staff, OrganizationMapper organization) {
    this.staff = staff;
    this.organization = organization;
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
    return organization.findActiveStations().stream()
        .filter(s -> member.districtWide() || member.stationCodes().contains(s.code()))
        .map(s -> new FormOption(s.code(), s.name()))
        .toList();
  }
}

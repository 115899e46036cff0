package org.socialwork.flow.inspection;

import java.util.List;
import java.util.stream.Stream;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.socialwork.flow.library.PickableProjects;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.RoleAssignment;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.Stations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The option lists of the inspection forms: {@code inspectionStations} (the district's stations for the leading group,
 * a supervisor's own stations otherwise), {@code inspectors} (the leading group and the expert supervisors),
 * {@code inspectionTemplates} (latest template versions) and {@code inspectionProjects} (the project library).
 */
@Configuration(proxyBeanMethods = false)
class InspectionOptions {

  @Bean
  OptionSource inspectionStations(StaffDirectory staff, Stations stations) {
    return OptionSource.of("inspectionStations", context -> {
      List<RoleAssignment> roles = staff.rolesOf(context.username());
      boolean district = roles.stream().anyMatch(r -> r.role().districtWide());
      List<String> own = roles.stream().filter(r -> r.role() == Role.SUPERVISOR).map(RoleAssignment::stationCode).toList();
      return stations.active().stream().filter(s -> district || own.contains(s.code()))
          .map(s -> new FormOption(s.code(), s.name())).toList();
    });
  }

  @Bean
  OptionSource inspectors(StaffDirectory staff) {
    return OptionSource.of("inspectors", context -> Stream.concat(staff.peopleWithRole(Role.LEADER).stream(),
            staff.peopleWithRole(Role.MENTOR).stream())
        .distinct().map(p -> new FormOption(p.username(), p.fullName())).toList());
  }

  @Bean
  OptionSource inspectionTemplates(InspectionMapper inspections) {
    return OptionSource.of("inspectionTemplates", context -> inspections.findLatestTemplates().stream()
        .map(t -> new FormOption(t.code(), t.name() + " v" + t.version())).toList());
  }

  @Bean
  OptionSource inspectionProjects(PickableProjects projects, StaffDirectory staff) {
    // the projects the planner's library shows: all for the district's roles, else their stations' and the district's
    return OptionSource.of("inspectionProjects", context -> staff.find(context.username())
        .map(projects::of).orElse(List.of()).stream()
        .map(p -> new FormOption(String.valueOf(p.getId()), p.getName())).toList());
  }
}

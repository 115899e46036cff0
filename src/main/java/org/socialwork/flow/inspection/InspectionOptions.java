package org.socialwork.flow.inspection;

import java.util.List;
import java.util.stream.Stream;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.socialwork.flow.library.ProjectMapper;
import org.socialwork.flow.organization.OrganizationMapper;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.RoleAssignment;
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
  OptionSource inspectionStations(OrganizationMapper organization) {
    return OptionSource.of("inspectionStations", context -> {
      List<RoleAssignment> roles = organization.findRoles(context.username());
      boolean district = roles.stream().anyMatch(r -> !r.role().perStation());
      List<String> own = roles.stream().filter(r -> r.role() == Role.SUPERVISOR).map(RoleAssignment::stationCode).toList();
      return organization.findActiveStations().stream().filter(s -> district || own.contains(s.code()))
          .map(s -> new FormOption(s.code(), s.name())).toList();
    });
  }

  @Bean
  OptionSource inspectors(OrganizationMapper organization) {
    return OptionSource.of("inspectors", context -> Stream.concat(organization.findPeopleWithRole(Role.LEADER).stream(),
            organization.findPeopleWithRole(Role.MENTOR).stream())
        .distinct().map(p -> new FormOption(p.username(), p.fullName())).toList());
  }

  @Bean
  OptionSource inspectionTemplates(InspectionMapper inspections) {
    return OptionSource.of("inspectionTemplates", context -> inspections.findLatestTemplates().stream()
        .map(t -> new FormOption(t.code(), t.name() + " v" + t.version())).toList());
  }

  @Bean
  OptionSource inspectionProjects(ProjectMapper projects, OrganizationMapper organization) {
    return OptionSource.of("inspectionProjects", context -> {
      // the projects the planner's library shows: all for the district's roles, else their stations' and the district's
      List<RoleAssignment> roles = organization.findRoles(context.username());
      boolean district = roles.stream().anyMatch(r -> !r.role().perStation());
      List<org.socialwork.flow.library.Project> readable = district ? projects.findAllProjects()
          : projects.findProjects(new org.socialwork.flow.organization.DataScope(false, roles.stream()
              .map(RoleAssignment::stationCode).distinct().toList()), null);
      return readable.stream().map(p -> new FormOption(String.valueOf(p.getId()), p.getName())).toList();
    });
  }
}

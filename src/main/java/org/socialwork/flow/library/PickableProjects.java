package org.socialwork.flow.library;

import java.util.List;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * The projects a planner may pick on another module's form (an inspection's project): the whole library, by name,
 * for the district's roles; otherwise those of the planner's stations and of the district.
 */
@Component
public class PickableProjects {

  private final ProjectMapper projects;

  PickableProjects(ProjectMapper projects) {
    this.projects = projects;
  }

  public List<Project> of(StaffMember member) {
    return member.districtWide() ? projects.findAllProjects() : projects.findProjects(member.scope(), null);
  }
}

package org.socialwork.flow.library;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 项目库: everyone reads the projects of their stations and the district's; station supervisors edit their station's
 * projects, the leading group and administrators all of them.
 */
@Component
public class Projects {

  private final ProjectMapper projects;
  private final LibraryForms forms;
  private final FormValidator validator;
  private final Clock clock;

  Projects(ProjectMapper projects, LibraryForms forms, FormValidator validator, Clock clock) {
    this.projects = projects;
    this.forms = forms;
    this.validator = validator;
    this.clock = clock;
  }

  public static boolean edits(StaffMember member) {
    return member.has(Role.SUPERVISOR) || member.has(Role.LEADER) || member.has(Role.ADMIN);
  }

  FormSchema form() {
    return forms.get("project");
  }

  @Transactional(readOnly = true)
  public List<Project> list(StaffMember member, String category) {
    return projects.findProjects(member.scope(), category == null || category.isBlank() ? null : category);
  }

  @Transactional(readOnly = true)
  public Project find(Long id, StaffMember member) {
    return projects.findProjectInScope(id, member.scope()).orElseThrow(() -> new ProjectNotFoundException(id));
  }

  /** A project the member may edit: supervisors their station's, district roles any. */
  @Transactional(readOnly = true)
  public Project editable(Long id, StaffMember member) {
    Project p = find(id, member);
    if (!mayEdit(p.stationCode(), member)) {
      throw new ProjectNotFoundException(id);
    }
    return p;
  }

  private static boolean mayEdit(String stationCode, StaffMember member) {
    if (member.has(Role.LEADER) || member.has(Role.ADMIN)) {
      return true;
    }
    return stationCode != null && member.stationsAs(Role.SUPERVISOR).contains(stationCode);
  }

  @Transactional
  public void save(Long id, Map<String, Object> submitted, StaffMember member) {
    if (!edits(member)) {
      throw new AccessDeniedException("Only supervisors and the district edit projects");
    }
    Project before = id == null ? null : editable(id, member);
    FormData form = validator.validate(form(), submitted, new FormContext(member.username(), null));
    FormErrors errors = new FormErrors();
    if (!mayEdit(form.text("stationCode"), member)) {
      errors.reject("stationCode", "project.error.station");
    }
    if (form.date("periodStart") != null && form.date("periodEnd") != null
        && form.date("periodEnd").isBefore(form.date("periodStart"))) {
      errors.reject("periodEnd", "project.error.period");
    }
    errors.throwIfAny(submitted);
    LocalDateTime now = LocalDateTime.now(clock);
    Project p = new Project(id, form.text("name"), form.text("category"), form.text("stationCode"), null,
        form.date("periodStart"), form.date("periodEnd"), form.text("funder"), form.number("budget"),
        form.text("targets"), form.text("responsibleOrg"), form.text("responsiblePeople"), form.text("status"),
        before == null ? member.username() : before.createdBy(), before == null ? now : before.createdAt(), now);
    if (id == null) {
      projects.insertProject(p);
    } else {
      projects.updateProject(p);
    }
  }
}

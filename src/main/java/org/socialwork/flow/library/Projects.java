package org.socialwork.flow.library;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.FormSchema;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 项目库: everyone reads the projects run at their stations and the district-wide ones; station supervisors edit the
 * projects run only at stations they supervise, the leading group and administrators all of them.
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
  public ListPage<Project> list(StaffMember member, String category, Paging paging) {
    String c = category == null || category.isBlank() ? null : category;
    return ListPage.of(withStations(projects.findProjectPage(member.scope(), c, paging.size(), paging.offset())),
        projects.countProjectsInScope(member.scope(), c), paging);
  }

  /** Any project, with its stations (for checks outside a reader's scope, e.g. planning an inspection). */
  @Transactional(readOnly = true)
  public Optional<Project> find(Long id) {
    return projects.findProject(id).map(p -> withStations(List.of(p)).get(0));
  }

  @Transactional(readOnly = true)
  public Project find(Long id, StaffMember member) {
    return projects.findProjectInScope(id, member.scope()).map(p -> withStations(List.of(p)).get(0))
        .orElseThrow(() -> new ProjectNotFoundException(id));
  }

  /** A project the member may edit: district roles any, supervisors those run only at their stations. */
  @Transactional(readOnly = true)
  public Project editable(Long id, StaffMember member) {
    Project p = find(id, member);
    if (!mayEdit(p.stationCodes(), member)) {
      throw new ProjectNotFoundException(id);
    }
    return p;
  }

  public static boolean mayEdit(List<String> stationCodes, StaffMember member) {
    if (member.has(Role.LEADER) || member.has(Role.ADMIN)) {
      return true;
    }
    return !stationCodes.isEmpty() && member.stationsAs(Role.SUPERVISOR).containsAll(stationCodes);
  }

  @Transactional
  public void save(Long id, Map<String, Object> submitted, StaffMember member) {
    if (!edits(member)) {
      throw new AccessDeniedException("Only supervisors and the district edit projects");
    }
    Project before = id == null ? null : editable(id, member);
    FormData form = validator.validate(form(), submitted, new FormContext(member.username(), null));
    FormErrors errors = new FormErrors();
    List<String> stations = form.list("stationCodes").stream().distinct().toList();
    if (!mayEdit(stations, member)) {
      errors.reject("stationCodes", "project.error.station");
    }
    if (form.date("periodStart") != null && form.date("periodEnd") != null
        && form.date("periodEnd").isBefore(form.date("periodStart"))) {
      errors.reject("periodEnd", "project.error.period");
    }
    errors.throwIfAny(submitted);
    LocalDateTime now = LocalDateTime.now(clock);
    Project p = new Project(form.text("name"), form.text("category"), form.date("periodStart"),
        form.date("periodEnd"), form.text("funder"), form.number("budget"), form.text("targets"),
        form.text("responsibleOrg"), form.text("responsiblePeople"), form.text("status"));
    p.setUpdatedAt(now);
    if (before == null) {
      p.setCreatedBy(member.username());
      p.setCreatedAt(now);
      projects.insertProject(p);
    } else {
      p.setId(id);
      projects.updateProject(p);
      projects.deleteStations(id);
    }
    stations.forEach(code -> projects.insertStation(p.getId(), code));
  }

  private List<Project> withStations(List<Project> list) {
    if (list.isEmpty()) {
      return list;
    }
    Map<Long, List<ProjectStation>> byProject = projects.findStationsOf(list.stream().map(Project::getId).toList())
        .stream().collect(Collectors.groupingBy(ProjectStation::projectId));
    list.forEach(p -> p.setStations(byProject.getOrDefault(p.getId(), List.of())));
    return list;
  }
}

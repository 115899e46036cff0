package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.library.Project;
import org.socialwork.flow.library.Projects;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NumberSequences;
import org.socialwork.flow.tasklist.StartFormHandler;
import org.springframework.stereotype.Component;

/**
 * 计划检查: the start form of {@code project-inspection}. The leading group plans an inspection of any station (or of a
 * project there) with a template and inspectors; a station supervisor files a self-check of their own station, which
 * they score themselves and the leading group reviews.
 */
@Component
class InspectionPlanning implements StartFormHandler {

  private final InspectionMapper inspections;
  private final NumberSequences numbers;
  private final Projects projects;
  private final Clock clock;

  InspectionPlanning(InspectionMapper inspections, Projects projects, NumberSequences numbers, Clock clock) {
    this.inspections = inspections;
    this.numbers = numbers;
    this.projects = projects;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return InspectionVariables.PROCESS_KEY;
  }

  @Override
  public boolean mayStart(StaffMember member) {
    return member.has(Role.LEADER) || member.has(Role.SUPERVISOR);
  }

  @Override
  public Map<String, Object> initialValues(StaffMember member) {
    return Map.of("rectificationDays", "30", "plannedOn", LocalDate.now(clock).toString(),
        "inspectionType", member.has(Role.LEADER) ? "station" : "self_check", "templateCode", "five-haves");
  }

  @Override
  public Start prepare(FormData form, StaffMember member) {
    FormErrors errors = new FormErrors();
    String type = form.text("inspectionType");
    String station = form.text("stationCode");
    List<String> inspectors = form.list("inspectors");
    boolean leader = member.has(Role.LEADER);
    if (!leader && !"self_check".equals(type)) {
      errors.reject("inspectionType", "inspection.error.selfCheckOnly");
    }
    if (leader && "self_check".equals(type)) {
      errors.reject("inspectionType", "inspection.error.selfCheckByStation");
    }
    if ("self_check".equals(type) && !member.stationsAs(Role.SUPERVISOR).contains(station)) {
      errors.reject("stationCode", "inspection.error.ownStation");
    }
    if (!"self_check".equals(type) && inspectors.isEmpty()) {
      errors.reject("inspectors", "form.required");
    }
    Long projectId = null;
    if (!form.isBlank("projectId")) {
      projectId = Long.valueOf(form.text("projectId"));
      Project p = projects.find(projectId).orElse(null);
      if (p == null || !p.runsAt(station)) {
        errors.reject("projectId", "inspection.error.projectStation");
      }
    }
    InspectionTemplate template = inspections.findLatestTemplate(form.text("templateCode")).orElse(null);
    if (template == null) {
      errors.reject("templateCode", "form.option");
    }
    errors.throwIfAny(form.values());

    List<String> who = "self_check".equals(type) ? List.of(member.username()) : inspectors;
    Inspection inspection = create(type, station, projectId, template.id(), null, form.date("plannedOn"),
        member.username(), form.number("rectificationDays").intValue(), who);
    return new Start(inspection.getInspectionNo(), null,
        InspectionVariables.planned(inspection.getId(), station, who, "self_check".equals(type)));
  }

  @Override
  public String pageAfterStart(String businessKey) {
    return "/inspections/" + businessKey;
  }

  @Override
  public void started(Start start, String processInstanceId) {
    Long id = (Long) start.variables().get(InspectionVariables.INSPECTION_ID);
    Inspection inspection = inspections.findInspection(id).orElseThrow();
    inspection.setProcessInstanceId(processInstanceId);
    inspections.updateInspection(inspection);
  }

  /** Stores a planned inspection with its inspectors under the next number of the year (JC-2026-0001). */
  Inspection create(String type, String station, Long projectId, Long templateId, Long roundId, LocalDate plannedOn,
                    String by, int rectificationDays, List<String> inspectors) {
    LocalDateTime now = LocalDateTime.now(clock);
    String no = String.format(java.util.Locale.ROOT, "JC-%d-%04d", now.getYear(),
        numbers.next("inspection", now.getYear()));
    Inspection inspection = Inspection.plan(no, type, station, projectId, templateId, roundId, plannedOn, by,
        rectificationDays, now);
    inspections.insertInspection(inspection);
    inspectors.stream().distinct().forEach(u -> inspections.insertInspector(inspection.getId(), u));
    return inspection;
  }
}

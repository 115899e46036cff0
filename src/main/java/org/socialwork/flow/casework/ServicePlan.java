package org.socialwork.flow.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;

/** 服务计划书: the overall goal, SMART objectives (indicator and deadline each), approach and resources. */
public class ServicePlan {

  static final String SUBMITTED = "SUBMITTED";
  static final String RETURNED = "RETURNED";
  static final String APPROVED = "APPROVED";
  static final int OBJECTIVE_SLOTS = 3;

  private Long id;
  private Long caseId;
  private Long assessmentId;
  private String goal;
  private String approach;
  private String resources;
  private Long projectId;
  private String projectName;
  private String status;
  private String writtenBy;
  private LocalDateTime writtenAt;
  private List<Objective> objectives = new ArrayList<>();
  private List<String> linkedResources = new ArrayList<>();

  protected ServicePlan() {
  }

  /** One objective: what, how it is measured, by when. */
  public record Objective(int seqNo, String description, String indicator, LocalDate deadline) {
  }

  /** The plan as written; an objective must be given whole (objective, indicator and deadline) or not at all. */
  static ServicePlan write(Long caseId, Long assessmentId, FormData form, String by, LocalDateTime now) {
    FormErrors errors = new FormErrors();
    ServicePlan p = new ServicePlan();
    for (int i = 1; i <= OBJECTIVE_SLOTS; i++) {
      String what = form.text("objective" + i);
      String indicator = form.text("indicator" + i);
      LocalDate deadline = form.date("deadline" + i);
      boolean any = what != null || indicator != null || deadline != null;
      boolean all = what != null && indicator != null && deadline != null;
      if (any && !all) {
        String missing = what == null ? "objective" + i : indicator == null ? "indicator" + i : "deadline" + i;
        errors.reject(missing, "plan.objectiveIncomplete");
      } else if (all) {
        p.objectives.add(new Objective(i, what, indicator, deadline));
      }
    }
    errors.throwIfAny(form.values());
    p.caseId = caseId;
    p.assessmentId = assessmentId;
    p.goal = form.text("goal");
    p.approach = form.text("approach");
    p.resources = form.text("resources");
    p.projectId = form.text("projectId") == null ? null : Long.valueOf(form.text("projectId"));
    p.status = SUBMITTED;
    p.writtenBy = by;
    p.writtenAt = now;
    return p;
  }

  void decided(boolean approved) {
    status = approved ? APPROVED : RETURNED;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public Long getAssessmentId() { return assessmentId; }
  public String getGoal() { return goal; }
  public String getApproach() { return approach; }
  public String getResources() { return resources; }
  public Long getProjectId() { return projectId; }
  /** The name of the project the plan belongs to (read with the plan), or null. */
  public String getProjectName() { return projectName; }
  public String getStatus() { return status; }
  public String getWrittenBy() { return writtenBy; }
  public LocalDateTime getWrittenAt() { return writtenAt; }
  public List<Objective> getObjectives() { return objectives; }
  public List<String> getLinkedResources() { return linkedResources; }
}

package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 中期/结项报告: the organisation submits its self-assessment and activity log for the officer to evaluate; the report
 * keeps the counts of the activities recorded so far (how many, participants, volunteer hours).
 */
@Component
class ReportHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;
  private final Clock clock;

  ReportHandler(VentureMapper venture, Applications applications, Clock clock) {
    this.venture = venture;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "venture-report";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    if (!VentureApplication.IMPLEMENTING.equals(a.status())) {
      throw new VentureConflictException("venture.changed", a.applicationNo() + " is not being implemented");
    }
    String stage = VentureVariables.stageOf(task.taskKey());
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate due = task.due() == null ? now.toLocalDate() : task.due().minusSeconds(1).toLocalDate();
    int attempt = venture.countReports(a.id(), stage) + 1;
    venture.insertReport(new VentureMapper.Report(a.id(), stage, attempt, due, data.text("content"),
        data.text("activityLog"), member.username(), now, false, null, null, null, null, null, null, null));
    // the report counts the activities recorded up to now (活动记录), as the evaluation reads them
    venture.countActivitiesIntoReport(a.id(), stage, attempt);
    return Map.of();
  }
}

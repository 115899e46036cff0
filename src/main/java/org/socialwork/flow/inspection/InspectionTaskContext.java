package org.socialwork.flow.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.socialwork.flow.form.FormDocument;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskContext;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Beside an inspection task's form: the inspection, its result and the rectification notice. */
@Component
class InspectionTaskContext implements TaskContext {

  private final InspectionMapper inspections;
  private final MessageSource messages;

  InspectionTaskContext(InspectionMapper inspections, MessageSource messages) {
    this.inspections = inspections;
    this.messages = messages;
  }

  private Optional<Inspection> of(WorkItem task) {
    return InspectionVariables.PROCESS_KEY.equals(task.processKey())
        ? inspections.findByProcessInstance(task.processInstanceId()) : Optional.empty();
  }

  @Override
  public Optional<String> recordLink(WorkItem task) {
    // the business key of an inspection task is its number (InspectionMapper's task columns)
    return InspectionVariables.PROCESS_KEY.equals(task.processKey()) && task.caseNo() != null
        ? Optional.of("/inspections/" + task.caseNo()) : Optional.empty();
  }

  @Override
  public List<Line> describe(WorkItem task, StaffMember member, Locale locale) {
    List<Line> lines = new ArrayList<>();
    of(task).ifPresent(i -> {
      lines.add(new Line(msg("inspection.no", locale), i.getInspectionNo()));
      lines.add(new Line(msg("inspection.station", locale), i.getStationName()));
      lines.add(new Line(msg("inspection.type", locale), msg("inspection.type." + i.getInspectionType(), locale)));
      lines.add(new Line(msg("inspection.template", locale), i.getTemplateName() + " v" + i.getTemplateVersion()));
      if (i.getProjectName() != null) {
        lines.add(new Line(msg("inspection.project", locale), i.getProjectName()));
      }
      if (i.getTotalScore() != null) {
        lines.add(new Line(msg("inspection.total", locale), i.getTotalScore().toPlainString() + " / "
            + i.getMaxScore().toPlainString() + " · " + msg(Boolean.TRUE.equals(i.getPassed())
            ? "inspection.passed" : "inspection.failed", locale)));
      }
      inspections.findRectificationOf(i.getId()).ifPresent(r -> {
        lines.add(new Line(msg("rectification.notice", locale), r.getNotice()));
        lines.add(new Line(msg("rectification.deadline", locale), r.getDeadline().toString()));
        if (r.getReport() != null) {
          lines.add(new Line(msg("rectification.report", locale), r.getReport()));
        }
      });
    });
    return lines;
  }

  /**
   * The re-inspection and the overdue decision show the rectification whole: the notice, the station's report and
   * its evidence (photos as thumbnails, other files as links), and the earlier review comment.
   */
  @Override
  public List<FormDocument> documents(WorkItem task, StaffMember member, Locale locale) {
    if ("Task_ReviewSelfCheck".equals(task.taskKey())) {
      return of(task).map(i -> List.of(scoreSheet(i, locale))).orElse(List.of());
    }
    if (!"Task_Reinspect".equals(task.taskKey()) && !"Task_DecideOverdueRectification".equals(task.taskKey())) {
      return List.of();
    }
    List<FormDocument> out = new ArrayList<>();
    of(task).ifPresent(i -> inspections.findRectificationOf(i.getId()).ifPresent(r -> {
      List<FormDocument.Entry> entries = new ArrayList<>();
      entries.add(FormDocument.Entry.of(msg("rectification.notice", locale), r.getNotice()));
      entries.add(FormDocument.Entry.of(msg("rectification.deadline", locale), r.getDeadline().toString()));
      if (r.getExtensionReason() != null) {
        entries.add(FormDocument.Entry.of(msg("rectification.extensionReason", locale), r.getExtensionReason()));
      }
      if (r.getReport() != null) {
        entries.add(FormDocument.Entry.of(msg("rectification.report", locale), r.getReport()));
      }
      if (r.getReviewComment() != null) {
        entries.add(FormDocument.Entry.of(msg("rectification.reviewComment", locale), r.getReviewComment()));
      }
      List<FormDocument.Attachment> evidence = inspections.findEvidence(i.getId()).stream()
          .map(e -> new FormDocument.Attachment(e.fileName(), "/inspections/evidence/" + e.id(),
              e.contentType() != null && e.contentType().startsWith("image/")))
          .toList();
      out.add(new FormDocument("doc-rectification", msg("rectification.list", locale) + " · " + i.getInspectionNo(),
          msg("rectification.status." + r.getStatus().name(), locale), entries, evidence));
    }));
    return out;
  }

  /**
   * 审核站点自查: the station's own score sheet under review, item by item (dimension, what is checked, the score of
   * its maximum, rectification marked, the findings), and the total against the pass line.
   */
  private FormDocument scoreSheet(Inspection i, Locale locale) {
    InspectionTemplate template = inspections.findTemplate(i.getTemplateId()).orElseThrow();
    InspectionResult result = InspectionResult.compute(inspections.findItems(template.id()),
        inspections.findScores(i.getId()), template.passThreshold());
    List<FormDocument.Entry> entries = new ArrayList<>();
    String dimension = null;
    for (InspectionResult.ItemResult r : result.items()) {
      if (!r.item().dimension().equals(dimension)) {
        dimension = r.item().dimension();
        entries.add(new FormDocument.Entry(dimension, "", true));
      }
      StringBuilder value = new StringBuilder(r.score().toPlainString()).append(" / ")
          .append(r.item().maxScore().toPlainString());
      if (r.needsRectification()) {
        value.append(" · ").append(msg("inspection.rectify", locale));
      }
      if (!r.findings().isEmpty()) {
        value.append(" · ").append(msg("inspection.finding", locale)).append("：")
            .append(String.join("；", r.findings()));
      }
      entries.add(FormDocument.Entry.of(r.item().title(), value.toString()));
    }
    entries.add(FormDocument.Entry.of(msg("inspection.total", locale), result.total().toPlainString() + " / "
        + result.max().toPlainString() + " · " + msg(result.passed() ? "inspection.passed" : "inspection.failed",
        locale)));
    return new FormDocument("doc-self-check", msg("inspection.items", locale) + " · " + i.getInspectionNo(),
        i.getStationName(), entries);
  }

  private String msg(String code, Locale locale) {
    return messages.getMessage(code, null, code, locale);
  }
}

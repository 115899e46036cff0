package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading inspections in the caller's scope, and an inspector's score sheet while their scoring task is open. */
@Component
public class Inspections {

  private final InspectionMapper inspections;
  private final org.socialwork.flow.tasklist.Inbox tasks;
  private final Clock clock;

  Inspections(InspectionMapper inspections, Clock clock, org.socialwork.flow.tasklist.Inbox tasks) {
    this.inspections = inspections;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  /** One page of the inspections in the member's scope, newest first, with the total the filter finds. */
  public ListPage<Inspection> list(StaffMember member, InspectionFilter filter, Paging paging) {
    return ListPage.of(inspections.findInspectionPage(member.scope(), filter, paging.size(), paging.offset()),
        inspections.countInspections(member.scope(), filter), paging);
  }

  @Transactional(readOnly = true)
  public Inspection find(String no, StaffMember member) {
    return inspections.findInspectionByNo(no, member.scope()).orElseThrow(() -> new InspectionNotFoundException(no));
  }

  /** Everything the inspection page, the printable report and the JSON show. */
  @Transactional(readOnly = true)
  public Dossier dossier(String no, StaffMember member) {
    Inspection i = find(no, member);
    InspectionTemplate template = inspections.findTemplate(i.getTemplateId()).orElseThrow();
    List<TemplateItem> items = inspections.findItems(template.id());
    List<Score> scores = inspections.findScores(i.getId());
    boolean scoring = i.getProcessInstanceId() != null
        && tasks.hasOpen(i.getProcessInstanceId(), "Task_ScoreInspection", member.username());
    return new Dossier(i, template, items, scores, InspectionResult.compute(items, scores, template.passThreshold()),
        inspections.findInspectors(i.getId()), inspections.findRectificationOf(i.getId()).orElse(null),
        inspections.findEvidence(i.getId()), scoring);
  }

  /**
   * Saves the caller's scores from fields {@code score_<item>}, {@code finding_<item>}, {@code rectify_<item>}; items
   * left blank are skipped. Only while the caller's scoring task of this inspection is open; a score must lie between
   * 0 and the item's maximum.
   */
  @Transactional
  public void saveScores(String no, Map<String, Object> fields, StaffMember member) {
    Inspection i = find(no, member);
    if (i.getProcessInstanceId() == null
        || !tasks.hasOpen(i.getProcessInstanceId(), "Task_ScoreInspection", member.username())) {
      throw new org.springframework.security.access.AccessDeniedException("Not scoring " + no);
    }
    FormErrors errors = new FormErrors();
    LocalDateTime now = LocalDateTime.now(clock);
    List<TemplateItem> items = inspections.findItems(i.getTemplateId());
    List<Score> toSave = new java.util.ArrayList<>();
    for (TemplateItem item : items) {
      String raw = text(fields.get("score_" + item.id()));
      if (raw == null) {
        continue;
      }
      BigDecimal score;
      try {
        score = new BigDecimal(raw);
      } catch (NumberFormatException e) {
        errors.reject("score_" + item.id(), "form.number");
        continue;
      }
      if (score.signum() < 0 || score.compareTo(item.maxScore()) > 0 || score.scale() > 2) {
        errors.reject("score_" + item.id(), "inspection.error.scoreRange", item.maxScore().toPlainString());
        continue;
      }
      String finding = text(fields.get("finding_" + item.id()));
      if (finding != null && finding.length() > 1000) {
        errors.reject("finding_" + item.id(), "form.maxLength", 1000);
        continue;
      }
      Object flag = fields.get("rectify_" + item.id());
      boolean rectify = flag instanceof Boolean b ? b : "true".equalsIgnoreCase(text(flag)) || "on".equalsIgnoreCase(text(flag));
      toSave.add(new Score(null, i.getId(), item.id(), member.username(), score, finding, rectify, now));
    }
    errors.throwIfAny(fields);
    for (Score s : toSave) {
      inspections.deleteScore(s.inspectionId(), s.itemId(), s.inspector());
      inspections.insertScore(s);
    }
  }

  private static String text(Object o) {
    if (o instanceof List<?> l) {
      o = l.isEmpty() ? null : l.get(l.size() - 1);
    }
    if (o == null) {
      return null;
    }
    String s = o.toString().strip();
    return s.isEmpty() ? null : s;
  }

  /** An inspection with its template version, scores, computed result, rectification and evidence. */
  public record Dossier(Inspection inspection, InspectionTemplate template, List<TemplateItem> items,
                        List<Score> scores, InspectionResult result, List<String> inspectors,
                        Rectification rectification, List<EvidenceFile> evidence, boolean scoring) {

    /** The caller's own score of an item, for the score sheet. */
    public Score scoreOf(Long itemId, String inspector) {
      return scores.stream().filter(s -> s.itemId().equals(itemId) && s.inspector().equals(inspector))
          .findFirst().orElse(null);
    }
  }
}

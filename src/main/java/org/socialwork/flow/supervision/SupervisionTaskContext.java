package org.socialwork.flow.supervision;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormDocument;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskForms;
import org.socialwork.flow.tasklist.TaskContext;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Beside a supervision or action-item task: the pair and the session, or the item, it works on. */
@Component
class SupervisionTaskContext implements TaskContext {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final SupervisionMapper supervision;
  private final ActionItemMapper items;
  private final TaskService tasks;
  private final MessageSource messages;
  private final TaskForms forms;
  private final FormRenderer renderer;

  SupervisionTaskContext(SupervisionMapper supervision, ActionItemMapper items, TaskService tasks,
                         MessageSource messages, TaskForms forms, FormRenderer renderer) {
    this.supervision = supervision;
    this.items = items;
    this.tasks = tasks;
    this.messages = messages;
    this.forms = forms;
    this.renderer = renderer;
  }

  /**
   * The session record for the reflection and the sign-off; the sign-off also shows every supervisee's
   * reflection, so the mentor signs what was written.
   */
  @Override
  public List<FormDocument> documents(WorkItem task, StaffMember member, Locale locale) {
    boolean reflection = "Task_WriteReflection".equals(task.taskKey());
    boolean signOff = "Task_SignOff".equals(task.taskKey());
    if (!SupervisionVariables.PROCESS_KEY.equals(task.processKey()) || !(reflection || signOff)
        || !(tasks.getVariable(task.id(), SupervisionVariables.SESSION_ID) instanceof Long sessionId)) {
      return List.of();
    }
    List<FormDocument> out = new ArrayList<>();
    List<Supervisee> supervisees = supervision.findSupervisees(sessionId);
    supervision.findSession(sessionId).ifPresent(s -> {
      Map<String, Object> v = new HashMap<>();
      v.put("heldOn", s.heldOn());
      v.put("format", s.sessionFormat());
      // names: the option list holds the station's current workers only
      v.put("supervisees", supervisees.stream().map(Supervisee::fullName).toList());
      v.put("issues", s.issues());
      v.put("guidance", s.guidance());
      v.put("groupActivity", s.groupActivity());
      v.put("hours", s.hours() == null ? null : s.hours().stripTrailingZeros().toPlainString());
      List<FormDocument.Entry> entries = renderer.answers(
          forms.deployedForm(SupervisionVariables.PROCESS_KEY, "supervision-session"), v,
          new FormContext(member.username(), s.stationCode()), locale);
      out.add(new FormDocument("doc-session", messages.getMessage("sv.recordForm", null, locale),
          (s.mentorName() == null ? "" : s.mentorName())
              + (s.recordedAt() == null ? "" : " · " + s.recordedAt().format(WHEN)), entries));
    });
    if (signOff) {
      List<FormDocument.Entry> entries = supervisees.stream()
          .map(p -> FormDocument.Entry.of(p.fullName() + (p.reflectedAt() == null ? "" : " · "
              + p.reflectedAt().format(WHEN)), p.reflection() == null
              ? messages.getMessage("sv.noReflection", null, locale) : p.reflection()))
          .toList();
      out.add(new FormDocument("doc-reflections", messages.getMessage("sv.reflections", null, locale), null,
          entries));
    }
    return out;
  }

  @Override
  public List<Line> describe(WorkItem task, StaffMember member, Locale locale) {
    List<Line> lines = new ArrayList<>();
    if (SupervisionVariables.PROCESS_KEY.equals(task.processKey())) {
      Long pairId = (Long) tasks.getVariable(task.id(), SupervisionVariables.PAIR_ID);
      supervision.findPair(pairId).ifPresent(p -> {
        line(lines, "sv.pairNo", p.pairNo(), locale);
        line(lines, "sv.mentor", p.mentorName(), locale);
        line(lines, "sv.supervisee", p.superviseeName(), locale);
        line(lines, "case.no", p.caseNo(), locale);
        line(lines, "sv.focus", p.focus(), locale);
      });
      Object sessionId = tasks.getVariable(task.id(), SupervisionVariables.SESSION_ID);
      if (sessionId instanceof Long id) {
        supervision.findSession(id).ifPresent(s -> {
          line(lines, "sv.scheduledOn", String.valueOf(s.scheduledOn()), locale);
          line(lines, "sv.issues", s.issues(), locale);
          line(lines, "sv.guidance", s.guidance(), locale);
        });
      }
    } else if (SupervisionVariables.ACTION_ITEM_PROCESS_KEY.equals(task.processKey())) {
      Long itemId = (Long) tasks.getVariable(task.id(), SupervisionVariables.ACTION_ITEM_ID);
      items.findItem(itemId).ifPresent(a -> {
        line(lines, "ai.title", a.title(), locale);
        line(lines, "ai.owner", a.ownerName(), locale);
        line(lines, "ai.due", String.valueOf(a.dueOn()), locale);
        line(lines, "ai.source", a.meetingMonth() != null ? a.meetingMonth()
            : messages.getMessage("ai.fromSession", null, locale), locale);
      });
    }
    return lines;
  }

  /** A pair's page for its session tasks; an action item's meeting or session. */
  @Override
  public Optional<String> recordLink(WorkItem task) {
    if (SupervisionVariables.PROCESS_KEY.equals(task.processKey())) {
      return Optional.ofNullable(task.caseNo()).map(no -> "/supervision/pairs/" + no);
    }
    if (SupervisionVariables.ACTION_ITEM_PROCESS_KEY.equals(task.processKey())) {
      Long itemId = (Long) tasks.getVariable(task.id(), SupervisionVariables.ACTION_ITEM_ID);
      return items.findItem(itemId).map(a -> a.meetingMonth() != null ? "/meetings/" + a.meetingMonth()
          : "/supervision/sessions/" + a.sessionId());
    }
    return Optional.empty();
  }

  private void line(List<Line> lines, String key, String value, Locale locale) {
    if (value != null && !value.isBlank()) {
      lines.add(new Line(messages.getMessage(key, null, locale), value));
    }
  }
}

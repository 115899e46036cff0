package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 专家评审打分: a reviewer scores every criterion of the round (see {@link Scorecard}), or declares a conflict of
 * interest: the review is recorded as excluded and the first reserve reviewer of the round who has no part in this
 * application yet gets a scoring task of their own (one more instance of the multi-instance scoring).
 */
@Component
class ScoreHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Clock clock;

  ScoreHandler(VentureMapper venture, Applications applications, RuntimeService runtime, TaskService tasks,
               Clock clock) {
    this.venture = venture;
    this.applications = applications;
    this.runtime = runtime;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "venture-score";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    LocalDateTime now = LocalDateTime.now(clock);
    if (data.flag("conflict")) {
      venture.insertReview(a.id(), member.username(), true, null, data.text("comment"), now);
      replace(a, task.processInstanceId(), member.username());
      return Map.of();
    }
    List<VentureRound.Criterion> criteria = venture.findCriteria(a.roundId());
    Scorecard card = Scorecard.parse(data.text("scores"), criteria).orElse(null);
    if (card == null) {
      new FormErrors().reject("scores", "venture.scores",
          String.join(", ", criteria.stream().map(VentureRound.Criterion::code).toList()))
          .throwIfAny(data.values());
    }
    venture.insertReview(a.id(), member.username(), false, card.total(), data.text("comment"), now);
    card.scores().forEach((criterion, score) -> venture.insertReviewScore(a.id(), member.username(), criterion,
        score));
    return Map.of();
  }

  private void replace(VentureApplication a, String processInstanceId, String conflicted) {
    Set<String> involved = new HashSet<>();
    involved.add(conflicted);
    venture.findReviews(a.id()).forEach(r -> involved.add(r.reviewer()));
    tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(VentureVariables.TASK_SCORE)
        .list().forEach(t -> involved.add(t.getAssignee()));
    venture.findReviewers(a.roundId()).stream()
        .filter(r -> r.reserve() && !involved.contains(r.username()))
        .findFirst()
        .ifPresent(r -> runtime.createProcessInstanceModification(processInstanceId)
            .startBeforeActivity(VentureVariables.TASK_SCORE)
            .setVariableLocal(VentureVariables.REVIEWER, r.username())
            .execute());
  }
}

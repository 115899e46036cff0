package org.socialwork.flow.casework;

import java.util.Date;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.Task;
import org.socialwork.flow.system.ModelBean;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 再评估 ends (casework.bpmn, the end listener of {@code CallActivity_Reassessment}): the intervention still open
 * follows the new plan, its due date moved to the new plan's latest objective deadline ({@link PlanDeadlines}), or
 * cleared when the new plan names none. Until then a re-assessment's plan left the old deadline on the task.
 */
@ModelBean("interventionFollowsPlan")
public class InterventionFollowsPlan implements ExecutionListener {

  static final String INTERVENTION = "Task_Intervention";

  private final Function<Object, Date> due;

  @Autowired
  InterventionFollowsPlan(PlanDeadlines deadlines) {
    this(deadlines::due);
  }

  InterventionFollowsPlan(Function<Object, Date> due) {
    this.due = due;
  }

  @Override
  public void notify(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Date next = due.apply(execution.getVariable(CaseworkVariables.CASE_ID));
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(INTERVENTION).list()) {
      if (!Objects.equals(task.getDueDate(), next)) {
        task.setDueDate(next);
        tasks.saveTask(task);
      }
    }
  }
}

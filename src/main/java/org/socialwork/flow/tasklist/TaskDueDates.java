package org.socialwork.flow.tasklist;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.socialwork.flow.system.ParseListeners;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Gives every user task a due date when it is created, unless the model sets one: the task's own period
 * ({@code socialwork.task-due.tasks[Task_ApproveOpening]=P3D}) or the default ({@code socialwork.task-due.default-due}),
 * except for the open-ended phases ({@code socialwork.task-due.open-ended}). The table is in docs/tasks-due.md.
 * Done as an engine plugin so it holds for every process, including ones deployed later.
 */
@Component
@EnableConfigurationProperties(TaskDueDates.Settings.class)
public class TaskDueDates extends AbstractProcessEnginePlugin {

  private final Settings settings;

  public TaskDueDates(Settings settings) {
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener setDue = this::setDue;
    ParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, setDue);
        }
      }
    });
  }

  private void setDue(DelegateTask task) {
    if (task.getDueDate() != null || settings.isOpenEnded(task.getTaskDefinitionKey())) {
      return;
    }
    Duration period = settings.periodOf(task.getTaskDefinitionKey());
    if (period != null) {
      task.setDueDate(new Date(ClockUtil.getCurrentTime().getTime() + period.toMillis()));
    }
  }

  @ConfigurationProperties("socialwork.task-due")
  public record Settings(Duration defaultDue, Map<String, Duration> tasks, List<String> openEnded) {

    /**
     * Phases of open length ({@code socialwork.task-due.open-ended=Task_Intervention}): no default due date; their
     * model gives one when it knows it (the intervention follows the plan's objective deadlines).
     */
    boolean isOpenEnded(String taskKey) {
      return openEnded != null && openEnded.contains(taskKey);
    }

    Duration periodOf(String taskKey) {
      if (tasks != null && tasks.containsKey(taskKey)) {
        return tasks.get(taskKey);
      }
      return defaultDue;
    }
  }
}

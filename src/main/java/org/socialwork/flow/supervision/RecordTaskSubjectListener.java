package org.socialwork.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialwork.flow.system.ModelBean;

/**
 * On creation of a supervision, meeting or action-item task: notes its business key, station (variable
 * {@code stationCode}, none for district tasks) and subject, so the inbox can list it within the station scope.
 */
@ModelBean("recordTaskSubjectListener")
class RecordTaskSubjectListener implements TaskListener {

  private final WorkTaskMapper tasks;

  RecordTaskSubjectListener(WorkTaskMapper tasks) {
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    String processKey = task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getKey();
    tasks.insertSubject(task.getId(), processKey, task.getExecution().getProcessBusinessKey(),
        (String) task.getVariable(SupervisionVariables.STATION_CODE),
        (String) task.getVariable(SupervisionVariables.SUBJECT));
  }
}

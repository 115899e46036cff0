package org.socialwork.flow.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialwork.flow.system.ModelBean;

/**
 * Does nothing any more: the task projection (tasklist.TaskProjection, with {@link SupervisionSubjects} and the
 * meeting module's describer) records what every task is about. The bean stays because the supervision, meeting and
 * action-item models (and their running instances of older versions) still name {@code ${recordTaskSubjectListener}}.
 */
@ModelBean("recordTaskSubjectListener")
class RecordTaskSubjectListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    // the projection's own listener on every user task does the work
  }
}

package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.socialwork.flow.system.ParseListeners;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Links every process instance that starts with a {@code caseId} (intake, casework and the needs assessments it
 * calls) to its case in {@code case_process}, so the inbox and the case file find its tasks and history.
 */
@Component
class CaseProcessLinker extends AbstractProcessEnginePlugin {

  private final CaseMapper cases;
  private final Clock clock;

  CaseProcessLinker(@Lazy CaseMapper cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ExecutionListener link = this::link;
    ParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, link);
      }
    });
  }

  private void link(DelegateExecution execution) {
    Object caseId = execution.getVariable(CaseworkVariables.CASE_ID);
    if (caseId instanceof Number id && execution.getId().equals(execution.getProcessInstanceId())) {
      String key = execution.getProcessDefinitionId().split(":")[0];
      cases.linkProcess(execution.getProcessInstanceId(), id.longValue(), key, LocalDateTime.now(clock));
    }
  }
}

package org.socialwork.flow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * History per process. The engine runs at history level {@code full}: every process keeps its activities, tasks (who
 * completed what, when), the last value of each variable, jobs and the operations log — the case timeline and Cockpit
 * read those. What level {@code full} adds on top, a row in {@code ACT_HI_DETAIL} for every single write of every
 * variable, nobody reads (no page, no API, and Cockpit's community edition has no history view) while it was 30 % of
 * the history's bytes (10 rows, 23 KiB per intake under load, docs/operations.md): a case's own record of who changed
 * what is the domain tables and the audit trail. So variable-change details are written only for the processes named
 * in {@code socialwork.history.variable-details} (none by default; e.g. {@code intake,casework} to keep them for case
 * processes). The level stored in the database stays {@code full}, so switching this on or off needs no migration.
 */
@Component
public class HistoryDetails extends AbstractProcessEnginePlugin {

  private final Set<String> detailed;

  public HistoryDetails(@Value("${socialwork.history.variable-details:}") List<String> detailed) {
    this.detailed = Set.copyOf(detailed.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
  }

  /** Whether a variable written in a process of {@code processKey} leaves a row in ACT_HI_DETAIL. */
  boolean keepsDetails(String processKey) {
    return processKey != null && detailed.contains(processKey);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new DbHistoryEventHandler() {
      @Override
      protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return super.shouldWriteHistoricDetail(event) && keepsDetails(event.getProcessDefinitionKey());
      }
    });
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    // the engine's own DbHistoryEventHandler is replaced by the one above, not run beside it
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
  }
}

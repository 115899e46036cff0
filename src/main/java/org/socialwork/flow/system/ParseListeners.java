package org.socialwork.flow.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Adds a listener to the engine's post-parse listeners (run for every model the engine parses, ours or later ones). */
public final class ParseListeners {

  private ParseListeners() {
  }

  /** For an engine plugin's {@code preInit}: the list is created when no other plugin made it yet. */
  public static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(listener);
  }
}

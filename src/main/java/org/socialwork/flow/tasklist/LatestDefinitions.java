package org.socialwork.flow.tasklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.socialwork.flow.system.ParseListeners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The latest active version of each process, kept per node: starting an intake or reading a case file asked the
 * database for it every time (4.6 % of the CPU under load, docs/benchmarks.md). A version deployed on this node
 * replaces the kept one at once (the engine parses every process it deploys: the entry is forgotten at the parse and
 * again when the deployment commits); one deployed on another node is seen here within
 * {@code socialwork.models.latest-ttl} (default 10 s), when the kept entry expires. The application never suspends a
 * process definition; anyone who does through Cockpit sees the change within the same time.
 */
@Component
public class LatestDefinitions extends AbstractProcessEnginePlugin {

  private record Kept(ProcessDefinition definition, Instant fetchedAt) { }

  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private final Duration ttl;
  private final Clock clock;

  @Autowired
  public LatestDefinitions(@Value("${socialwork.models.latest-ttl:PT10S}") Duration ttl) {
    this(ttl, Clock.systemUTC());
  }

  LatestDefinitions(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The kept latest version of {@code processKey}, or what {@code query} finds (kept when found). */
  ProcessDefinition latest(String processKey, Function<String, ProcessDefinition> query) {
    Instant now = clock.instant();
    Kept entry = kept.get(processKey);
    if (entry != null && entry.fetchedAt().plus(ttl).isAfter(now)) {
      return entry.definition();
    }
    ProcessDefinition found = query.apply(processKey);
    if (found != null && !ttl.isZero()) {
      kept.put(processKey, new Kept(found, now));
    } else {
      kept.remove(processKey);
    }
    return found;
  }

  void forget(String processKey) {
    kept.remove(processKey);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.add(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        String processKey = processDefinition.getKey();
        forget(processKey);
        CommandContext command = Context.getCommandContext();
        if (command != null) {
          command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
              context -> forget(processKey));
        }
      }
    });
  }
}

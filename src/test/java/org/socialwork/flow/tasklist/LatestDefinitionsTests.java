package org.socialwork.flow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The latest version of a process is kept per node for a short time, and a version deployed on this node is used at
 * once.
 */
@ApplicationTest
class LatestDefinitionsTests {

  @Autowired TaskForms forms;
  @Autowired RepositoryService repository;

  @Test
  void aVersionDeployedHereIsTheLatestAtOnce() {
    String key = "latest_check_" + Long.toString(System.nanoTime(), 36);
    deploy(key);
    ProcessDefinition first = forms.latest(key);
    assertThat(first.getVersion()).isEqualTo(1);
    assertThat(forms.latest(key)).isSameAs(first);  // kept: no second query within the time to live
    deploy(key);
    assertThat(forms.latest(key).getVersion()).isEqualTo(2);
  }

  @Test
  void aKeptVersionExpiresAfterItsTimeToLive() {
    Instant[] now = {Instant.parse("2026-01-05T08:00:00Z")};
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0]; }
    };
    LatestDefinitions latest = new LatestDefinitions(Duration.ofSeconds(10), clock);
    AtomicInteger queries = new AtomicInteger();
    ProcessDefinition definition = forms.latest("intake");
    latest.latest("intake", k -> { queries.incrementAndGet(); return definition; });
    now[0] = now[0].plusSeconds(9);
    latest.latest("intake", k -> { queries.incrementAndGet(); return definition; });
    assertThat(queries).hasValue(1);
    now[0] = now[0].plusSeconds(2);
    latest.latest("intake", k -> { queries.incrementAndGet(); return definition; });
    assertThat(queries).hasValue(2);
    latest.latest("none", k -> { queries.incrementAndGet(); return null; });
    latest.latest("none", k -> { queries.incrementAndGet(); return null; });
    assertThat(queries).as("a process not deployed is asked for again").hasValue(4);
  }

  private void deploy(String key) {
    repository.createDeployment().name(key)
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
            .startEvent().endEvent().done())
        .deploy();
  }
}

package org.socialwork.flow.venture;

import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The application a micro-venture task works on (its business key is the application number). */
@Component
@EnableConfigurationProperties(VentureSettings.class)
class Applications {

  private static final DataScope DISTRICT = new DataScope(true, java.util.List.of());

  private final VentureMapper venture;

  Applications(VentureMapper venture) {
    this.venture = venture;
  }

  VentureApplication of(WorkItem task) {
    return venture.findApplicationByNo(task.caseNo(), DISTRICT, null)
        .orElseThrow(() -> new VentureNotFoundException(task.caseNo()));
  }

  VentureRound roundOf(VentureApplication application) {
    return venture.findRound(application.roundId()).orElseThrow();
  }

  /** 409 unless the conditional UPDATE moved the application on (someone else decided it meanwhile). */
  static void moved(int rows, VentureApplication application) {
    if (rows != 1) {
      throw new VentureConflictException("venture.changed", application.applicationNo() + " changed meanwhile");
    }
  }
}

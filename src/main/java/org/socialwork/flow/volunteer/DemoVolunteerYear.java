package org.socialwork.flow.volunteer;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialwork.flow.organization.DemoData;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the Kuiwen demo district ({@code socialwork.demo-data=kuiwen}): its volunteer year ({@link KuiwenYear}) at its
 * station, once (a station that has volunteers is left alone), organised by the station's demo worker.
 */
@Component
@Order(8)
class DemoVolunteerYear implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoVolunteerYear.class);
  static final String STATION = "kwkfq";
  static final String ORGANISER = "kwkfq-worker";

  private final KuiwenYear year;
  private final Stations stations;
  private final Clock clock;
  private final DemoData demoData;

  DemoVolunteerYear(KuiwenYear year, Stations stations, Clock clock, DemoData demoData) {
    this.year = year;
    this.stations = stations;
    this.clock = clock;
    this.demoData = demoData;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!demoData.kuiwen() || stations.find(STATION).filter(Station::active).isEmpty() || year.hasVolunteers(STATION)) {
      return;
    }
    KuiwenYear.Result r = year.generate(STATION, ORGANISER, "", 0, LocalDateTime.now(clock));
    log.info("Kuiwen's volunteer year written: {} volunteers, {} teams, {} activities, {} hours entries in {} ms",
        r.volunteers(), r.teams(), r.activities(), r.hoursEntries(), r.millis());
  }
}

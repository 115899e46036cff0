package org.socialwork.flow.organization;

import java.util.List;

/**
 * The organisation in a reader's scope, as the dashboard shows it: active stations, demonstration stations (示范站),
 * certified workers (持证社工: active people holding a worker role at an active station, with a certification level),
 * resident supervisors (people holding a supervisor role), and the same per county (区县) where stations name one.
 */
public record OrganizationFigures(long stations, long demonstrationStations, long certifiedWorkers, long supervisors,
                                  List<County> counties) {

  /** One county's stations; its people are counted per station (someone at two stations counts at both). */
  public record County(String county, long stations, long demonstrationStations, long certifiedWorkers,
                       long supervisors) {
  }
}

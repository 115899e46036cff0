package org.socialwork.flow.organization;

import java.util.Map;

/**
 * What the organisation needs to know of the casework when a station closes or a person leaves, implemented by the
 * casework module (which owns the cases): open cases of a station, a person's open cases by station, and the
 * hand-over of one person's open cases at one station to a colleague (移交个案) in the caller's transaction.
 */
public interface CaseHandover {

  int openCasesAt(String stationCode);

  /** Station code → number of open cases the person is responsible for (stations without any left out). */
  Map<String, Integer> openCasesOf(String username);

  /** Moves every open case of {@code from} at the station to {@code to}; returns how many moved. */
  int handOver(String stationCode, String from, String to, String requestedBy);
}

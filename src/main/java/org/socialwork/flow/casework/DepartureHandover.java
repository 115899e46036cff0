package org.socialwork.flow.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import org.socialwork.flow.organization.CaseHandover;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The casework's answer to the organisation when a station closes or a person leaves (see {@link CaseHandover}). */
@Component
class DepartureHandover implements CaseHandover {

  private final ReassignmentMapper reassignments;
  private final CaseReassignment reassignment;

  DepartureHandover(ReassignmentMapper reassignments, CaseReassignment reassignment) {
    this.reassignments = reassignments;
    this.reassignment = reassignment;
  }

  @Override
  public int openCasesAt(String stationCode) {
    return reassignments.countOpenCasesAt(stationCode);
  }

  @Override
  public Map<String, Integer> openCasesOf(String username) {
    Map<String, Integer> byStation = new LinkedHashMap<>();
    for (Map<String, Object> row : reassignments.countOpenCasesOf(username)) {
      byStation.put(String.valueOf(row.get("station_code")), ((Number) row.get("n")).intValue());
    }
    return byStation;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public int handOver(String stationCode, String from, String to, String requestedBy) {
    return reassignment.handOverNow(stationCode, from, to, requestedBy);
  }
}

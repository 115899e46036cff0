package org.socialwork.flow.inspection;

/** Filters of the inspection list (each null for "any"); the dashboard's figures link to these. */
public record InspectionFilter(String status, String type, String station, Long roundId, Long project) {

  public static InspectionFilter none() {
    return new InspectionFilter(null, null, null, null, null);
  }

  public static InspectionFilter ofRound(Long roundId) {
    return new InspectionFilter(null, null, null, roundId, null);
  }
}

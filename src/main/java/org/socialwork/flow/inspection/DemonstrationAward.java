package org.socialwork.flow.inspection;

import java.time.LocalDate;

/** A station chosen as demonstration station (示范站) in a round, on a date. */
public record DemonstrationAward(String stationCode, String stationName, Long roundId, LocalDate awardedOn) {
}

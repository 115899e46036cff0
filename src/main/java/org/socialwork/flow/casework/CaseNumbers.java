package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.socialwork.flow.system.NumberSequences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the next case number of a station for the current year: {@code XBHBL-2026-0001}, from the station's counter
 * ({@code case-<station>}), locked until the surrounding transaction ends.
 */
@Component
class CaseNumbers {

  private final NumberSequences sequences;
  private final Clock clock;

  CaseNumbers(NumberSequences sequences, Clock clock) {
    this.sequences = sequences;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String stationCode) {
    int year = LocalDate.now(clock).getYear();
    int number = sequences.next("case-" + stationCode, year);
    return String.format(Locale.ROOT, "%s-%d-%04d", stationCode.toUpperCase(Locale.ROOT), year, number);
  }
}

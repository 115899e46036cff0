package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the next case number of a station for the current year: {@code XBHBL-2026-0001}. The counter row
 * is locked until the surrounding transaction ends, so two intakes never get the same number and a
 * rolled-back intake gives its number back.
 */
@Component
class CaseNumbers {

  private final CaseMapper cases;
  private final Clock clock;

  CaseNumbers(CaseMapper cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String stationCode) {
    int year = LocalDate.now(clock).getYear();
    Integer last = cases.lockCaseNumber(stationCode, year);
    int number;
    if (last == null) {
      try {
        cases.insertCaseNumber(stationCode, year, 1);
        number = 1;
      } catch (DuplicateKeyException concurrentFirst) {
        number = cases.lockCaseNumber(stationCode, year) + 1;
        cases.updateCaseNumber(stationCode, year, number);
      }
    } else {
      number = last + 1;
      cases.updateCaseNumber(stationCode, year, number);
    }
    return String.format(Locale.ROOT, "%s-%d-%04d", stationCode.toUpperCase(Locale.ROOT), year, number);
  }
}

package org.socialwork.flow.meeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.socialwork.flow.supervision.MonthFigures;
import org.socialwork.flow.supervision.SupervisionRecords;
import org.springframework.stereotype.Component;

/**
 * A station's figures for a month, as its report is pre-filled with: cases opened and closed in the month, case
 * tasks overdue now, supervision sessions held in the month and their hours.
 */
@Component
public class MonthlyFigures {

  private final MeetingMapper meetings;
  private final SupervisionRecords supervision;
  private final Clock clock;

  MonthlyFigures(MeetingMapper meetings, SupervisionRecords supervision, Clock clock) {
    this.meetings = meetings;
    this.supervision = supervision;
    this.clock = clock;
  }

  public MeetingMapper.Figures of(String stationCode, YearMonth month) {
    LocalDateTime from = month.atDay(1).atStartOfDay();
    LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
    MonthFigures sessions = supervision.monthFigures(stationCode, from.toLocalDate(), to.toLocalDate());
    return new MeetingMapper.Figures(meetings.countCasesOpened(stationCode, from, to),
        meetings.countCasesClosed(stationCode, from, to),
        meetings.countOverdueTasks(stationCode, LocalDateTime.now(clock)), sessions.sessions(), sessions.hours());
  }
}

package org.socialwork.flow.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socialwork.flow.organization.DataScope;

/** Meetings, the stations' reports and the month's figures they are pre-filled with. */
@Mapper
public interface MeetingMapper {

  void insertMeeting(MeetingRow meeting);

  void updateProcess(@Param("id") Long id, @Param("processInstanceId") String processInstanceId);

  void draftAgenda(@Param("id") Long id, @Param("agenda") String agenda, @Param("plannedOn") LocalDate plannedOn,
                   @Param("by") String by);

  void recordMinutes(@Param("id") Long id, @Param("heldOn") LocalDate heldOn, @Param("attendees") String attendees,
                     @Param("reportsHeard") String reportsHeard, @Param("decisions") String decisions,
                     @Param("by") String by, @Param("at") LocalDateTime at);

  Optional<Meeting> findById(Long id);

  Optional<Meeting> findByMonth(String month);

  List<Meeting> findRecent(int limit);

  void insertReport(@Param("meetingId") Long meetingId, @Param("stationCode") String stationCode);

  void fileReport(MeetingReport report);

  /** Reports of a meeting in the reader's scope (a station's people see their stations' only). */
  List<MeetingReport> findReports(@Param("meetingId") Long meetingId, @Param("scope") DataScope scope);

  Optional<MeetingReport> findReport(@Param("meetingId") Long meetingId, @Param("stationCode") String stationCode);

  /** Stations due to report to the meeting, as read from the district when it was opened. */
  List<String> findReportingStations(Long meetingId);

  void insertCarriedItem(@Param("meetingId") Long meetingId, @Param("actionItemId") Long actionItemId);

  int countCasesOpened(@Param("stationCode") String stationCode, @Param("from") LocalDateTime from,
                       @Param("to") LocalDateTime to);

  int countCasesClosed(@Param("stationCode") String stationCode, @Param("from") LocalDateTime from,
                       @Param("to") LocalDateTime to);

  int countOverdueTasks(@Param("stationCode") String stationCode, @Param("now") LocalDateTime now);

  /** A new meeting as inserted (the id comes back). */
  class MeetingRow {
    public Long id;
    public String meetingMonth;
    public String status;
    public LocalDateTime openedAt;
    public String openedBy;
  }

  /** Figures of a station's month. */
  record Figures(int casesOpened, int casesClosed, int overdueTasks, int sessions, BigDecimal supervisionHours) {
  }
}

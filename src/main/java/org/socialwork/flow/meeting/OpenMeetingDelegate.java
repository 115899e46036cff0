package org.socialwork.flow.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socialwork.flow.organization.OrganizationMapper;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.supervision.ActionItem;
import org.socialwork.flow.supervision.ActionItemMapper;
import org.springframework.stereotype.Component;

/**
 * 开启本月例会: creates the month's meeting with a report due from every station active in the district now (read
 * from the organization tables, so a new station reports from its first month on) and carries the meeting action
 * items still open past their due date onto its agenda. A month already open is left alone ({@code meetingId}
 * stays unset and the instance ends).
 */
@Component("openMeetingDelegate")
class OpenMeetingDelegate implements JavaDelegate {

  private final MeetingMapper meetings;
  private final OrganizationMapper organization;
  private final ActionItemMapper items;

  OpenMeetingDelegate(MeetingMapper meetings, OrganizationMapper organization, ActionItemMapper items) {
    this.meetings = meetings;
    this.organization = organization;
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    String month = (String) execution.getVariable(MeetingVariables.MEETING_MONTH);
    if (month == null) {
      month = YearMonth.from(now).toString();
      execution.setVariable(MeetingVariables.MEETING_MONTH, month);
    }
    if (meetings.findByMonth(month).isPresent()) {
      return;
    }
    MeetingMapper.MeetingRow row = new MeetingMapper.MeetingRow();
    row.meetingMonth = month;
    row.status = Meeting.REPORTING;
    row.openedAt = now;
    row.openedBy = (String) execution.getVariable(MeetingVariables.OPENED_BY);
    meetings.insertMeeting(row);
    meetings.updateProcess(row.id, execution.getProcessInstanceId());
    for (Station station : organization.findActiveStations()) {
      meetings.insertReport(row.id, station.code());
    }
    LocalDate today = now.toLocalDate();
    for (ActionItem item : items.findOpenMeetingItemsDueBefore(today)) {
      meetings.insertCarriedItem(row.id, item.id());
    }
    execution.setProcessBusinessKey(Meeting.businessKey(month));
    execution.setVariable(MeetingVariables.MEETING_ID, row.id);
    YearMonth ym = YearMonth.parse(month);
    execution.setVariable(MeetingVariables.SUBJECT, ym.getYear() + "年" + ym.getMonthValue() + "月例会");
  }
}

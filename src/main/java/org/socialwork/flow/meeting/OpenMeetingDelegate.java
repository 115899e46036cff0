package org.socialwork.flow.meeting;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socialwork.flow.system.ModelBean;

/**
 * 开启本月例会: opens the month's meeting ({@link MeetingOpening#create}); the month is {@code meetingMonth} or the
 * engine clock's. A month already open is left alone ({@code meetingId} stays unset and the instance ends).
 */
@ModelBean("openMeetingDelegate")
class OpenMeetingDelegate implements JavaDelegate {

  private final MeetingOpening opening;

  OpenMeetingDelegate(MeetingOpening opening) {
    this.opening = opening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    String month = (String) execution.getVariable(MeetingVariables.MEETING_MONTH);
    if (month == null) {
      month = YearMonth.from(now).toString();
      execution.setVariable(MeetingVariables.MEETING_MONTH, month);
    }
    opening.create(month, (String) execution.getVariable(MeetingVariables.OPENED_BY), now,
        execution.getProcessInstanceId()).ifPresent(meeting -> {
          YearMonth ym = YearMonth.parse(meeting.meetingMonth());
          execution.setProcessBusinessKey(meeting.businessKey());
          execution.setVariable(MeetingVariables.MEETING_ID, meeting.id());
          execution.setVariable(MeetingVariables.SUBJECT, ym.getYear() + "年" + ym.getMonthValue() + "月例会");
        });
  }
}

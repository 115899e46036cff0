package org.socialwork.flow.meeting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.socialwork.flow.organization.DemoData;
import org.socialwork.flow.supervision.ActionItems;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo district: last month's meeting, held, with the two demo stations' reports and one action item
 * for 赵丽华 (sjl-supervisor) whose due date has passed, so it escalates to the leading group as soon as the job
 * executor runs and is carried onto this month's agenda when the meeting is opened.
 */
@Component
@Order(3)
class DemoMeeting implements ApplicationRunner {

  private final MeetingMapper meetings;
  private final ActionItems actionItems;
  private final Clock clock;
  private final DemoData demoData;

  DemoMeeting(MeetingMapper meetings, ActionItems actionItems, Clock clock,
              DemoData demoData) {
    this.meetings = meetings;
    this.actionItems = actionItems;
    this.clock = clock;
    this.demoData = demoData;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.taiyanggong() || !meetings.findRecent(1).isEmpty()) {
      return;
    }
    YearMonth last = YearMonth.now(clock).minusMonths(1);
    LocalDate heldOn = last.atDay(5);
    MeetingMapper.MeetingRow row = new MeetingMapper.MeetingRow();
    row.meetingMonth = last.toString();
    row.status = Meeting.REPORTING;
    row.openedAt = last.atDay(1).atTime(9, 0);
    row.openedBy = "leader";
    meetings.insertMeeting(row);
    LocalDateTime filed = last.atDay(3).atTime(16, 0);
    report(row.id, "xbhbl", 3, 1, "独居老人助餐需求集中，志愿者人手不足", "协调街道为老志愿服务队支援", filed);
    report(row.id, "sjl", 1, 0, "新入职社工需加强个案记录规范", null, filed);
    meetings.draftAgenda(row.id, "一、听取各站点月度汇报\n二、研究助餐志愿者支援\n", heldOn, "leader");
    meetings.recordMinutes(row.id, heldOn, "王建国、张晓梅、赵丽华、李慧敏", "西坝河北里、尚家楼两站汇报",
        "一、由尚家楼站牵头整理个案记录规范培训计划。", "leader", heldOn.atTime(11, 0));
    actionItems.fromMeeting(row.id, List.of(new ActionItems.Draft("整理个案记录规范培训计划", "sjl-supervisor",
        heldOn.plusDays(10))), username -> "sjl", Meeting.businessKey(last.toString()));
  }

  private void report(Long meetingId, String station, int opened, int closed, String issues, String requests,
                      LocalDateTime at) {
    meetings.insertReport(meetingId, station);
    meetings.fileReport(new MeetingReport(null, meetingId, station, null, opened, closed, 0, 1,
        new BigDecimal("2.0"), issues, requests, station + "-supervisor", at));
  }
}

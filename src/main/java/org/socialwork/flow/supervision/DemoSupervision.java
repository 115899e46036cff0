package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.socialwork.flow.organization.DemoData;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.tasklist.ProcessStart;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo district: 张晓梅 (xbhbl-supervisor) pairs the expert supervisor 李慧敏 (mentor) with 刘洋
 * (xbhbl-worker), monthly from today for six months, so the first session falls due today at the session time.
 */
@Component
@Order(2)
class DemoSupervision implements ApplicationRunner {

  private final SupervisionMapper supervision;
  private final ProcessStart processStart;
  private final StaffDirectory staff;
  private final Clock clock;
  private final DemoData demoData;

  DemoSupervision(SupervisionMapper supervision, ProcessStart processStart, StaffDirectory staff, Clock clock,
                  DemoData demoData) {
    this.supervision = supervision;
    this.processStart = processStart;
    this.staff = staff;
    this.clock = clock;
    this.demoData = demoData;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.taiyanggong() || supervision.countPairs() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> form = new HashMap<>();
    form.put("mentor", "mentor");
    form.put("mentorType", "expert");
    form.put("supervisee", "xbhbl-worker");
    form.put("focus", "独居老人个案的需求评估与服务计划；全过程陪伴式督导");
    form.put("schedule", "P1M");
    form.put("firstSession", today.toString());
    form.put("endDate", today.plusMonths(6).toString());
    processStart.start(SupervisionVariables.PROCESS_KEY, form, staff.find("xbhbl-supervisor").orElseThrow());
  }
}

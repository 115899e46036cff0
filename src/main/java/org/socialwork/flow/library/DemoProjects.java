package org.socialwork.flow.library;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.socialwork.flow.organization.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo district: three projects in the project library (one station, district-wide, four stations), which
 * the demo inspections name.
 */
@Component
@Order(2)
class DemoProjects implements ApplicationRunner {

  private final ProjectMapper projects;
  private final Clock clock;
  private final DemoData demoData;

  DemoProjects(ProjectMapper projects, Clock clock, DemoData demoData) {
    this.projects = projects;
    this.clock = clock;
    this.demoData = demoData;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.taiyanggong() || projects.countProjects() > 0) {
      return;
    }
    int year = LocalDate.now(clock).getYear();
    LocalDateTime now = LocalDateTime.now(clock);
    Project meals = new Project("西坝河北里“一老一小”助餐与托管服务", "elderly_children", LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31), "太阳宫地区办事处", new BigDecimal("180000.00"),
        "助餐服务 60 名独居及高龄老人（每周 6 次）；课后托管 30 名儿童；服务对象满意度 ≥ 90%",
        "太阳宫地区社会工作服务中心", "张晓梅", "running");
    add(meals, now, "xbhbl");
    Project governance = new Project("太阳宫地区社区治理能力提升项目", "governance", LocalDate.of(year, 3, 1),
        LocalDate.of(year + 1, 2, 28), "朝阳区民政局", new BigDecimal("350000.00"),
        "培育 12 个社区议事协商组织；开展 24 场居民议事会；形成 3 个治理案例",
        "太阳宫地区社会工作服务中心", "王建国", "running");
    add(governance, now);
    Project children = new Project("芍药居片区儿童友好社区项目", "elderly_children", LocalDate.of(year, 4, 1),
        LocalDate.of(year, 12, 31), "北京市社会建设专项资金", new BigDecimal("120000.00"),
        "4 个社区建立儿童议事会；开展亲子活动 40 场；困境儿童建档率 100%",
        "太阳宫地区社会工作服务中心", "芍药居各站督导", "running");
    add(children, now, "syj1", "syj2", "syj3", "syj4");
  }

  private void add(Project project, LocalDateTime now, String... stations) {
    project.setCreatedBy("admin");
    project.setCreatedAt(now);
    project.setUpdatedAt(now);
    projects.insertProject(project);
    for (String station : stations) {
      projects.insertStation(project.getId(), station);
    }
  }
}

package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.socialwork.flow.library.Project;
import org.socialwork.flow.library.ProjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo district: two projects in the project library (the checklist templates are defaults of the schema,
 * present with or without demo data).
 */
@Component
@Order(2)
class DemoInspections implements ApplicationRunner {

  private final ProjectMapper projects;
  private final Clock clock;
  private final boolean demoData;

  DemoInspections(ProjectMapper projects, Clock clock, @Value("${socialwork.demo-data:false}") boolean demoData) {
    this.projects = projects;
    this.clock = clock;
    this.demoData = demoData;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData || projects.countProjects() > 0) {
      return;
    }
    int year = LocalDate.now(clock).getYear();
    LocalDateTime now = LocalDateTime.now(clock);
    projects.insertProject(new Project(null, "西坝河北里“一老一小”助餐与托管服务", "elderly_children", "xbhbl", null,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "太阳宫地区办事处", new BigDecimal("180000.00"),
        "助餐服务 60 名独居及高龄老人（每周 6 次）；课后托管 30 名儿童；服务对象满意度 ≥ 90%",
        "太阳宫地区社会工作服务中心", "张晓梅", "running", "admin", now, now));
    projects.insertProject(new Project(null, "太阳宫地区社区治理能力提升项目", "governance", null, null,
        LocalDate.of(year, 3, 1), LocalDate.of(year + 1, 2, 28), "朝阳区民政局", new BigDecimal("350000.00"),
        "培育 12 个社区议事协商组织；开展 24 场居民议事会；形成 3 个治理案例",
        "太阳宫地区社会工作服务中心", "王建国", "running", "admin", now, now));
  }
}

package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole start with {@code socialwork.demo-data=kuiwen} on a database of its own: Kuiwen's station through the import,
 * and its volunteer year, whose totals on this year's report and on the dashboard reproduce the seed (4,189
 * activities, 28,848 hours, about 800 volunteers in 70-odd teams); starting again adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "socialwork.demo-data=kuiwen")
class KuiwenDemoDistrictTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DemoDistrictDatabase.register(registry, "kuiwen");
  }

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ApplicationContext context;

  @Test
  void theYearsReportAndTheDashboardShowTheSeedsTotals() {
    IntakeFlow api = new IntakeFlow(port);
    JsonNode report = IntakeFlow.json(api.get("leader", "/api/volunteer/stats?year=" + Year.now()));
    JsonNode total = report.get("total");
    assertThat(total.get("activities").asLong()).isEqualTo(4189);
    assertThat(total.get("hours").decimalValue()).isEqualByComparingTo("28848");
    assertThat(total.get("volunteers").asLong()).isEqualTo(800);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_team", Integer.class)).isGreaterThan(70);

    JsonNode org = IntakeFlow.json(api.get("leader", "/api/dashboard")).get("organization");
    assertThat(org.get("stations").asLong()).isEqualTo(1);
    assertThat(org.get("supervisors").asLong()).isEqualTo(1);
    String page = api.signedIn("leader").get().uri("/dashboard").retrieve().body(String.class);
    assertThat(LuanDemoDistrictTests.figure(page, "volunteer-activities")).isEqualTo(4189);
    assertThat(LuanDemoDistrictTests.figure(page, "volunteer-count")).isEqualTo(800);
    assertThat(LuanDemoDistrictTests.figure(page, "volunteer-hours")).isEqualTo(28848);
    assertThat(LuanDemoDistrictTests.figure(page, "org-stations")).isEqualTo(1);
    assertThat(page).contains("奎文经济开发区社会工作服务站");
    assertThat(api.get("kwkfq-worker", "/api/activities").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void startingAgainAddsNothing() throws Exception {
    int volunteers = jdbc.queryForObject("SELECT COUNT(*) FROM volunteer", Integer.class);
    int jobs = jdbc.queryForObject("SELECT COUNT(*) FROM import_job", Integer.class);
    for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
      if (runner.getClass().getName().contains("Demo") || runner instanceof OrganizationSetup) {
        runner.run(null);
      }
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer", Integer.class)).isEqualTo(volunteers);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_job", Integer.class)).isEqualTo(jobs);
  }
}

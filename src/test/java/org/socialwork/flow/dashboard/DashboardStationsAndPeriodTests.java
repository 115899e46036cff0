package org.socialwork.flow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Every active station is on the dashboard (zeros included), and "in the period" figures follow the chosen period. */
@ApplicationTest
class DashboardStationsAndPeriodTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  @Test
  void aStationWithNothingYetIsShownWithZerosOnThePageAndInTheJson() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    String code = "z" + run;
    String name = "空站" + run + "社区社工站";
    jdbc.update("INSERT INTO station (code, district_code, name, community, demonstration, active)"
        + " SELECT ?, MIN(code), ?, ?, FALSE, TRUE FROM district", code, name, "空站" + run);
    try {
      shownWithZeros(code, name);
    } finally {
      // the next run (and the meeting tests, which open a report per active station) do not meet it again
      jdbc.update("UPDATE station SET active = FALSE WHERE code = ?", code);
    }
  }

  private void shownWithZeros(String code, String name) throws Exception {
    JsonNode json = IntakeFlow.json(new IntakeFlow(port).get("leader", "/api/dashboard"));
    List<String> shown = new ArrayList<>();
    json.get("stations").forEach(s -> shown.add(s.asText()));
    assertThat(shown).contains(code, "xbhbl", "sjl");
    for (String figure : List.of("openCasesByStation", "overdueCaseTasksByStation", "casesRegisteredByStation",
        "casesClosedByStation", "openActionItemsByStation", "careVisitRateByStation")) {
      assertThat(json.get(figure).has(code)).as(figure).isTrue();
      assertThat(json.get(figure).get(code).asLong()).as(figure).isZero();
    }
    String page = Staff.page(mvc, staff, "/dashboard", "leader");
    assertThat(page).contains("data-station=\"" + code + "\"").contains(name)
        .contains("data-figure=\"registered-cases-" + code + "\">0<");
    assertThat(Staff.page(mvc, staff, "/dashboard", "sjl-supervisor")).doesNotContain(name);
  }

  @Test
  void casesRegisteredCountInTheirMonthQuarterAndYearOnly() {
    IntakeFlow api = new IntakeFlow(port);
    YearMonth now = YearMonth.now();
    String lastYear = now.minusYears(1).withMonth(12).toString();
    long month = registered(api, "period=month");
    long quarter = registered(api, "period=quarter&month=" + now);
    long year = registered(api, "period=year");
    long before = registered(api, "period=month&month=" + lastYear);
    api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    assertThat(registered(api, "period=month")).isEqualTo(month + 1);
    assertThat(registered(api, "period=quarter&month=" + now)).isEqualTo(quarter + 1);
    assertThat(registered(api, "period=year")).isEqualTo(year + 1);
    assertThat(registered(api, "period=month&month=" + lastYear)).isEqualTo(before);
    JsonNode period = IntakeFlow.json(api.get("leader", "/api/dashboard?period=year&month=" + lastYear)).get("period");
    assertThat(period.get("label").asText()).isEqualTo(lastYear.substring(0, 4));
    assertThat(period.get("from").asText()).isEqualTo(lastYear.substring(0, 4) + "-01-01");
    assertThat(period.get("to").asText()).isEqualTo(now.getYear() + "-01-01");
  }

  @Test
  void thePageNamesThePeriodAndAWrongOneIs400NamingIt() throws Exception {
    YearMonth now = YearMonth.now();
    String page = Staff.page(mvc, staff, "/dashboard?period=quarter&month=" + now, "leader");
    assertThat(page).contains("<option value=\"quarter\" selected>")
        .contains(now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1))
        .contains("<label class=\"filter\" for=\"period-kind\">").contains("max=\"" + now + "\"");
    IntakeFlow api = new IntakeFlow(port);
    for (String[] bad : new String[][] {{"period=week", "period"}, {"month=2026-13", "month"},
        {"month=" + now.plusMonths(1), "month"}}) {
      ResponseEntity<String> r = api.get("leader", "/api/dashboard?" + bad[0]);
      assertThat(r.getStatusCode().value()).as(bad[0]).isEqualTo(400);
      assertThat(IntakeFlow.json(r).get("errors").has(bad[1])).as(r.getBody()).isTrue();
    }
    assertThat(api.signedIn("leader").get().uri("/dashboard?period=week").retrieve().toEntity(String.class)
        .getStatusCode().value()).isEqualTo(400);
  }

  private static long registered(IntakeFlow api, String query) {
    return IntakeFlow.json(api.get("leader", "/api/dashboard?" + query)).get("casesRegisteredByStation").path("xbhbl")
        .asLong(0);
  }
}

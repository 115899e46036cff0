package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 极端天气预警: a supervisor's alert plans a visit within 24 h for every target of the chosen tiers at their station and
 * none elsewhere; raising it again, or five times at once, plans nothing twice; a worker may not raise one.
 */
@ApplicationTest
class WeatherAlertTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void anAlertPlansOneVisitWithin24HoursPerTargetOfTheTiersAndNeverTwice() throws Exception {
    String run = Long.toString(System.nanoTime(), 36);
    String station = "w" + run;
    String supervisor = "ws-" + run;
    jdbc.update("INSERT INTO station (code, district_code, name, community, demonstration, active)"
        + " SELECT ?, MIN(code), ?, ?, FALSE, TRUE FROM district", station, "预警站" + run, "预警" + run);
    jdbc.update("INSERT INTO person (username, full_name, active, created_at) VALUES (?, '预警督导', TRUE, ?)",
        supervisor, LocalDateTime.now().withNano(0));
    jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES (?, 'SUPERVISOR', ?)", supervisor,
        station);
    jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES (?, 'WORKER', ?)", supervisor, station);
    try {
      long general1 = register(supervisor, station, "empty_nest", "预警甲" + run);
      long general2 = register(supervisor, station, "left_behind_elder", "预警乙" + run);
      long high = register(supervisor, station, "alone", "预警丙" + run);
      LocalDateTime highDueBefore = due(high);

      JsonNode first = alert(supervisor, "{\"tiers\":[\"general\"],\"note\":\"寒潮蓝色预警\"}", 200);
      assertThat(first.get("targets").asInt()).isEqualTo(2);
      assertThat(first.get("planned").asInt()).isEqualTo(2);
      for (long target : List.of(general1, general2)) {
        assertThat(jdbc.queryForObject("SELECT reason FROM care_visit WHERE target_id = ? AND status IN ('PLANNED',"
            + " 'LATE')", String.class, target)).isEqualTo("major-change");
        assertThat(due(target)).isBefore(LocalDateTime.now().plusHours(25));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_tier_change WHERE target_id = ? AND kind = 'weather'",
            Integer.class, target)).isEqualTo(1);
      }
      assertThat(due(high)).as("another tier is left as it was").isEqualTo(highDueBefore);

      JsonNode again = alert(supervisor, "{\"tiers\":[\"general\"]}", 200);
      assertThat(again.get("planned").asInt()).isZero();

      // five at once over every tier: the high-risk target gets exactly one visit within 24 h
      ExecutorService pool = Executors.newFixedThreadPool(5);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        answers.add(pool.submit(() -> {
          go.await();
          return mvc.perform(post("/api/care/weather-alert").contentType(MediaType.APPLICATION_JSON).content("{}")
              .with(Staff.as(staff, supervisor)).with(csrf())).andReturn().getResponse();
        }));
      }
      go.countDown();
      int planned = 0;
      for (Future<MockHttpServletResponse> f : answers) {
        MockHttpServletResponse r = f.get(120, TimeUnit.SECONDS);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        planned += json.readTree(r.getContentAsString()).get("planned").asInt();
      }
      pool.shutdownNow();
      assertThat(planned).isEqualTo(1);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM care_visit WHERE target_id = ? AND status IN ('PLANNED',"
          + " 'LATE')", Integer.class, high)).isEqualTo(1);

      assertThat(alertStatus("xbhbl-worker", "{}")).isEqualTo(403);
      assertThat(Staff.page(mvc, staff, "/care/coverage", "leader")).contains("id=\"weather-alert-form\"")
          .contains("value=\"general\"").contains("一般");
      assertThat(Staff.page(mvc, staff, "/care/coverage", "xbhbl-worker")).doesNotContain("weather-alert-form");
      assertThat(alertStatus(supervisor, "{\"tiers\":[\"stormy\"]}")).isEqualTo(400);
    } finally {
      jdbc.update("UPDATE station SET active = FALSE WHERE code = ?", station);
      jdbc.update("DELETE FROM person_role WHERE username = ?", supervisor);
    }
  }

  private long register(String user, String station, String category, String name) throws Exception {
    Map<String, Object> target = CareIntegrationTests.aTarget(station, category, name);
    MockHttpServletResponse r = mvc.perform(post("/api/care/targets").contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(target)).with(Staff.as(staff, user)).with(csrf())).andReturn().getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
    return json.readTree(r.getContentAsString()).get("id").asLong();
  }

  private LocalDateTime due(long target) {
    return jdbc.queryForObject("SELECT due_at FROM care_visit WHERE target_id = ? AND status IN ('PLANNED', 'LATE')",
        LocalDateTime.class, target);
  }

  private JsonNode alert(String user, String body, int status) throws Exception {
    MockHttpServletResponse r = mvc.perform(post("/api/care/weather-alert").contentType(MediaType.APPLICATION_JSON)
        .content(body).with(Staff.as(staff, user)).with(csrf())).andReturn().getResponse();
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(status);
    return json.readTree(r.getContentAsString());
  }

  private int alertStatus(String user, String body) throws Exception {
    return mvc.perform(post("/api/care/weather-alert").contentType(MediaType.APPLICATION_JSON).content(body)
        .with(Staff.as(staff, user)).with(csrf())).andReturn().getResponse().getStatus();
  }
}

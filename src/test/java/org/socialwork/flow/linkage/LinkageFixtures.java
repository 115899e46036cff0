package org.socialwork.flow.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.venture.FundedProjectFixture;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The three kinds of subject at a station, made through the owning modules' APIs, and bodies for the linkage API. */
final class LinkageFixtures {

  private final IntakeFlow api;
  private final JdbcTemplate jdbc;
  private final int port;

  LinkageFixtures(IntakeFlow api, JdbcTemplate jdbc, int port) {
    this.api = api;
    this.jdbc = jdbc;
    this.port = port;
  }

  String fundedProject(String station) {
    return FundedProjectFixture.funded(port, station);
  }

  /**
   * A volunteer activity proposed by the station's worker, moved to today (00:00–01:00) so that it falls in the
   * current month whatever the day: the period figures are then checked against this month.
   */
  String activity(String station) {
    Map<String, Object> a = new HashMap<>();
    a.put("title", "联动读报陪伴" + System.nanoTime() % 100000);
    a.put("content", "陪伴社区老人读报、聊天");
    a.put("recipients", "独居老人");
    a.put("place", "社区活动室");
    a.put("stationCode", station);
    a.put("date", LocalDate.now().plusDays(2).toString());
    a.put("startTime", "09:00");
    a.put("endTime", "12:00");
    a.put("quota", 10);
    ResponseEntity<String> started = api.post(station + "-worker", "/api/processes/volunteer-activity/start", a);
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    String no = IntakeFlow.json(started).get("businessKey").asText();
    LocalDateTime today = LocalDate.now().atStartOfDay();
    jdbc.update("UPDATE volunteer_activity SET starts_at = ?, ends_at = ? WHERE activity_no = ?", today,
        today.plusHours(1), no);
    return no;
  }

  /** A visit target of the station paired with a volunteer visitor: its number CT-n. */
  String pairing(String station) {
    Map<String, Object> t = new HashMap<>();
    t.put("stationCode", station);
    t.put("name", "联动对象" + System.nanoTime() % 100000);
    t.put("idNumber", Fixtures.idNumber("19400312"));
    t.put("phone", "13800138000");
    t.put("address", "西坝河北里 3 号院 2-301");
    t.put("category", "alone");
    t.put("consent", true);
    t.put("visitorName", "李志愿");
    t.put("visitorRole", "volunteer");
    t.put("visitorPhone", "13900139000");
    ResponseEntity<String> created = api.post(station + "-worker", "/api/care/targets", t);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return "CT-" + IntakeFlow.json(created).get("id").asLong();
  }

  /** A resource library entry of the station (the demo district has some for every station). */
  long donor(String station) {
    Long id = jdbc.queryForObject("SELECT MIN(id) FROM resource WHERE station_code = ? AND active = TRUE", Long.class,
        station);
    assertThat(id).as("a resource of " + station).isNotNull();
    return id;
  }

  static Map<String, Object> aLinkage(String kind, String ref, String... forces) {
    Map<String, Object> l = new HashMap<>();
    l.put("kind", kind);
    l.put("ref", ref);
    l.put("forces", List.of(forces));
    l.put("note", "社区牵头，社工站统筹");
    return l;
  }

  static Map<String, Object> money(String station, long donor, int amount, Long linkageId) {
    Map<String, Object> d = new HashMap<>();
    d.put("stationCode", station);
    d.put("resourceId", donor);
    d.put("kind", "MONEY");
    d.put("amount", amount);
    d.put("donatedOn", LocalDate.now().toString());
    d.put("purpose", "独居老人慰问");
    d.put("voucher", "捐-" + System.nanoTime() % 1000000);
    if (linkageId != null) {
      d.put("linkageId", linkageId);
    }
    return d;
  }

  static Map<String, Object> goods(String station, long donor, int quantity, Integer value) {
    Map<String, Object> d = new HashMap<>();
    d.put("stationCode", station);
    d.put("resourceId", donor);
    d.put("kind", "GOODS");
    d.put("goods", "米面油礼包");
    d.put("quantity", quantity);
    d.put("unit", "份");
    if (value != null) {
      d.put("amount", value);
    }
    d.put("donatedOn", LocalDate.now().toString());
    d.put("purpose", "春节慰问");
    d.put("voucher", "物-" + System.nanoTime() % 1000000);
    return d;
  }
}

package org.socialwork.flow.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.linkage.LinkageFixtures.aLinkage;
import static org.socialwork.flow.linkage.LinkageFixtures.goods;
import static org.socialwork.flow.linkage.LinkageFixtures.money;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.ParallelRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 五社联动 through /api/linkage over HTTP: a funded project, a volunteer activity and a care-visit pairing of 西坝河北里
 * (xbhbl) record their forces and are counted by station, force and kind in this month; donations of money and goods
 * from the resource library add up and a reversing entry nets one out; bad input is 400 naming the field with nothing
 * stored; another station sees nothing; of parallel requests on one record exactly one wins.
 */
@ApplicationTest
class LinkageIntegrationTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  IntakeFlow api;
  LinkageFixtures fixtures;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
    fixtures = new LinkageFixtures(api, jdbc, port);
  }

  private JsonNode xbhbl(String who) {
    ResponseEntity<String> r = api.get(who, "/api/linkage?period=month");
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
    for (JsonNode s : IntakeFlow.json(r).get("stations")) {
      if (s.get("station").asText().equals("xbhbl")) {
        return s;
      }
    }
    throw new AssertionError("no row of xbhbl for " + who + ": " + r.getBody());
  }

  private JsonNode created(ResponseEntity<String> r) {
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return IntakeFlow.json(r);
  }

  @Test
  void theThreeKindsOfSubjectAreCountedByStationForceAndKindInTheMonth() {
    JsonNode before = xbhbl("xbhbl-supervisor");
    String project = fixtures.fundedProject("xbhbl");
    String activity = fixtures.activity("xbhbl");
    String pairing = fixtures.pairing("xbhbl");

    JsonNode subject = IntakeFlow.json(api.get("xbhbl-worker", "/api/linkage/subjects?kind=venture&ref=" + project));
    assertThat(subject.get("station").asText()).isEqualTo("xbhbl");
    assertThat(subject.get("forces")).isEmpty();
    assertThat(subject.get("title").asText()).contains("金安区联动社工服务中心");

    created(api.post("xbhbl-worker", "/api/linkage/linkages",
        aLinkage("venture", project, "community", "organization", "social_worker")));
    created(api.post("xbhbl-worker", "/api/linkage/linkages",
        aLinkage("activity", activity, "community", "social_worker", "volunteer")));
    created(api.post("xbhbl-supervisor", "/api/linkage/linkages",
        aLinkage("pairing", pairing.toLowerCase(), "social_worker", "volunteer")));

    JsonNode after = xbhbl("xbhbl-supervisor");
    assertThat(delta(before, after, "linkages")).isEqualTo(3);
    assertThat(delta(before, after, "byKind", "venture")).isEqualTo(1);
    assertThat(delta(before, after, "byKind", "activity")).isEqualTo(1);
    assertThat(delta(before, after, "byKind", "pairing")).isEqualTo(1);
    assertThat(delta(before, after, "byForce", "community")).isEqualTo(2);
    assertThat(delta(before, after, "byForce", "organization")).isEqualTo(1);
    assertThat(delta(before, after, "byForce", "social_worker")).isEqualTo(3);
    assertThat(delta(before, after, "byForce", "volunteer")).isEqualTo(2);
    assertThat(delta(before, after, "byForce", "charity")).isZero();

    // the district: the leading group's total holds the same linkages; the list behind a cell names them
    JsonNode district = IntakeFlow.json(api.get("leader", "/api/linkage?period=month"));
    assertThat(district.get("total").get("linkages").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(district.get("forceByKind").get("organization").get("venture").asLong()).isGreaterThanOrEqualTo(1);
    JsonNode listed = IntakeFlow.json(api.get("leader",
        "/api/linkage/linkages?station=xbhbl&force=volunteer&period=month&size=200"));
    assertThat(listed.get("items").findValues("subjectRef")).extracting(JsonNode::asText)
        .contains(activity, pairing).doesNotContain(project);
    JsonNode pairingItem = item(listed, pairing);
    assertThat(pairingItem.get("linkage").get("subjectTitle").asText()).isEqualTo(pairing + " · 李志愿")
        .doesNotContain("联动对象");
    assertThat(pairingItem.get("forces")).extracting(JsonNode::asText).containsExactly("social_worker", "volunteer");
  }

  @Test
  void aChangeNamesTheVersionItReadAndCharitableResourcesFollowTheDonations() {
    String activity = fixtures.activity("xbhbl");
    long id = created(api.post("xbhbl-worker", "/api/linkage/linkages",
        aLinkage("activity", activity, "community"))).get("id").asLong();

    // again without the version: someone recorded it already
    assertThat(api.post("xbhbl-worker", "/api/linkage/linkages", aLinkage("activity", activity, "volunteer"))
        .getStatusCode().value()).isEqualTo(409);
    Map<String, Object> change = aLinkage("activity", activity, "community", "volunteer");
    change.put("version", 0);
    ResponseEntity<String> changed = api.post("xbhbl-worker", "/api/linkage/linkages", change);
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
    assertThat(IntakeFlow.json(changed).get("version").asInt()).isEqualTo(1);

    JsonNode before = xbhbl("leader");
    long donor = fixtures.donor("xbhbl");
    long cash = created(api.post("xbhbl-worker", "/api/linkage/donations", money("xbhbl", donor, 500, id)))
        .get("id").asLong();
    created(api.post("xbhbl-worker", "/api/linkage/donations", goods("xbhbl", donor, 20, 300)));
    JsonNode subject = IntakeFlow.json(api.get("xbhbl-worker", "/api/linkage/subjects?kind=activity&ref=" + activity));
    assertThat(subject.get("forces")).extracting(JsonNode::asText).containsExactly("community", "volunteer", "charity");

    // unticking charitable resources keeps it while the donation stands
    Map<String, Object> untick = aLinkage("activity", activity, "community");
    untick.put("version", subject.get("version").asInt());
    assertThat(api.post("xbhbl-worker", "/api/linkage/linkages", untick).getStatusCode().value()).isEqualTo(200);
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/linkage/subjects?kind=activity&ref=" + activity))
        .get("forces")).extracting(JsonNode::asText).containsExactly("community", "charity");

    JsonNode after = xbhbl("leader");
    assertThat(moneyOf(after).subtract(moneyOf(before))).isEqualByComparingTo("500");
    assertThat(after.get("goodsEntries").asLong() - before.get("goodsEntries").asLong()).isEqualTo(1);
    assertThat(new BigDecimal(after.get("goodsValue").asText()).subtract(new BigDecimal(before.get("goodsValue")
        .asText()))).isEqualByComparingTo("300");

    // a correction is a reversing entry: the money nets out, the entry stays in the ledger, once only
    JsonNode reversal = created(api.post("xbhbl-supervisor", "/api/linkage/donations/" + cash + "/reversal",
        Map.of("reason", "凭证号录错，重新登记")));
    assertThat(moneyOf(xbhbl("leader")).subtract(moneyOf(before))).isEqualByComparingTo("0");
    assertThat(api.post("xbhbl-supervisor", "/api/linkage/donations/" + cash + "/reversal",
        Map.of("reason", "再次冲销")).getStatusCode().value()).isEqualTo(409);
    assertThat(api.post("xbhbl-supervisor", "/api/linkage/donations/" + reversal.get("id").asLong() + "/reversal",
        Map.of("reason", "冲销冲销")).getStatusCode().value()).isEqualTo(409);
    assertThat(jdbc.queryForObject("SELECT amount FROM linkage_donation WHERE id = ?", BigDecimal.class,
        reversal.get("id").asLong())).isEqualByComparingTo("-500");
    assertThat(jdbc.queryForObject("SELECT amount FROM linkage_donation WHERE id = ?", BigDecimal.class, cash))
        .isEqualByComparingTo("500");
    JsonNode ledger = IntakeFlow.json(api.get("xbhbl-worker", "/api/linkage/donations?station=xbhbl&kind=MONEY"));
    JsonNode original = null;
    for (JsonNode d : ledger.get("items")) {
      if (d.get("id").asLong() == cash) {
        original = d;
      }
    }
    assertThat(original).isNotNull();
    assertThat(original.get("reversedBy").asLong()).isEqualTo(reversal.get("id").asLong());
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    String project = fixtures.fundedProject("xbhbl");
    int linkages = jdbc.queryForObject("SELECT COUNT(*) FROM linkage", Integer.class);
    int donations = jdbc.queryForObject("SELECT COUNT(*) FROM linkage_donation", Integer.class);

    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/linkages", aLinkage("venture", "WGY-1999-9999",
        "community")))).containsExactly("ref");
    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/linkages", aLinkage("venture", project))))
        .containsExactly("forces");
    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/linkages", aLinkage("venture", project, "church"))))
        .containsExactly("forces");
    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/linkages", aLinkage("case", project, "community"))))
        .containsExactly("kind");
    // a pairing needs a visitor: a target without one is not a pairing
    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/linkages", aLinkage("pairing", "CT-999999999",
        "volunteer")))).containsExactly("ref");

    long donor = fixtures.donor("xbhbl");
    Map<String, Object> bad = money("xbhbl", donor, 0, null);
    bad.put("donatedOn", LocalDate.now().plusDays(1).toString());
    bad.remove("voucher");
    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/donations", bad)))
        .containsExactlyInAnyOrder("amount", "donatedOn", "voucher");
    Map<String, Object> noGoods = goods("xbhbl", donor, 0, null);
    noGoods.remove("goods");
    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/donations", noGoods)))
        .containsExactlyInAnyOrder("goods", "quantity");
    // another station's resource is no donor of xbhbl; sjl's worker records nothing for xbhbl
    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/donations", money("xbhbl", fixtures.donor("sjl"), 100,
        null)))).containsExactly("resourceId");
    assertThat(fields(api.post("sjl-worker", "/api/linkage/donations", money("xbhbl", donor, 100, null))))
        .contains("stationCode");
    Map<String, Object> wrongKind = money("xbhbl", donor, 100, null);
    wrongKind.put("kind", "SHARES");
    assertThat(fields(api.post("xbhbl-worker", "/api/linkage/donations", wrongKind))).containsExactly("kind");
    assertThat(api.get("leader", "/api/linkage?period=week").getStatusCode().value()).isEqualTo(400);
    assertThat(api.get("leader", "/api/linkage/linkages?force=church").getStatusCode().value()).isEqualTo(400);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM linkage", Integer.class)).isEqualTo(linkages);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM linkage_donation", Integer.class)).isEqualTo(donations);
  }

  @Test
  void anotherStationSeesNothingOfXbhblAndOnlyStaffComeIn() {
    String pairing = fixtures.pairing("xbhbl");
    long id = created(api.post("xbhbl-worker", "/api/linkage/linkages", aLinkage("pairing", pairing, "volunteer")))
        .get("id").asLong();
    long cash = created(api.post("xbhbl-worker", "/api/linkage/donations",
        money("xbhbl", fixtures.donor("xbhbl"), 200, id))).get("id").asLong();

    assertThat(api.get("sjl-worker", "/api/linkage/subjects?kind=pairing&ref=" + pairing).getStatusCode().value())
        .isEqualTo(404);
    assertThat(api.get("sjl-worker", "/api/linkage/linkages?station=xbhbl&size=200").getBody())
        .doesNotContain(pairing);
    assertThat(api.get("sjl-worker", "/api/linkage/donations?size=200").getBody()).doesNotContain("\"id\":" + cash + ",");
    JsonNode view = IntakeFlow.json(api.get("sjl-worker", "/api/linkage"));
    assertThat(view.get("stations").findValues("station")).extracting(JsonNode::asText).doesNotContain("xbhbl");
    assertThat(api.post("sjl-worker", "/api/linkage/donations/" + cash + "/reversal", Map.of("reason", "越权"))
        .getStatusCode().value()).isEqualTo(404);
    // the mentor reads the district and records nothing
    assertThat(api.get("mentor", "/api/linkage/linkages?station=xbhbl&size=200").getBody()).contains(pairing);
    assertThat(api.post("mentor", "/api/linkage/linkages", aLinkage("pairing", pairing, "community"))
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void ofParallelRequestsOnOneRecordExactlyOneWins() throws Exception {
    String activity = fixtures.activity("xbhbl");
    List<ResponseEntity<String>> first = ParallelRequests.race(4, i -> api.post("xbhbl-worker",
        "/api/linkage/linkages", aLinkage("activity", activity, i % 2 == 0 ? "community" : "volunteer")));
    assertThat(statuses(first)).containsExactlyInAnyOrder(201, 409, 409, 409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM linkage WHERE subject_ref = ?", Integer.class, activity))
        .isEqualTo(1);
    for (ResponseEntity<String> r : first) {
      if (r.getStatusCode().value() == 409) {
        assertThat(IntakeFlow.json(r).get("error").asText()).isEqualTo("conflict");
        assertThat(IntakeFlow.json(r).get("message").asText()).contains("刚被他人记录或修改");
      }
    }

    List<ResponseEntity<String>> changes = ParallelRequests.race(4, i -> {
      Map<String, Object> c = aLinkage("activity", activity, "community", "volunteer", "social_worker");
      c.put("version", 0);
      return api.post("xbhbl-worker", "/api/linkage/linkages", c);
    });
    assertThat(statuses(changes)).containsExactlyInAnyOrder(200, 409, 409, 409);

    long cash = created(api.post("xbhbl-worker", "/api/linkage/donations",
        money("xbhbl", fixtures.donor("xbhbl"), 100, null))).get("id").asLong();
    List<ResponseEntity<String>> reversals = ParallelRequests.race(5, i -> api.post("xbhbl-supervisor",
        "/api/linkage/donations/" + cash + "/reversal", Map.of("reason", "并发冲销 " + i)));
    assertThat(statuses(reversals)).containsExactlyInAnyOrder(201, 409, 409, 409, 409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM linkage_donation WHERE reverses_id = ?", Integer.class,
        cash)).isEqualTo(1);
  }

  private static List<Integer> statuses(List<ResponseEntity<String>> answers) {
    return answers.stream().map(r -> r.getStatusCode().value()).toList();
  }

  private static List<String> fields(ResponseEntity<String> r) {
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
    List<String> out = new java.util.ArrayList<>();
    IntakeFlow.json(r).get("errors").fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode item(JsonNode page, String ref) {
    for (JsonNode i : page.get("items")) {
      if (i.get("linkage").get("subjectRef").asText().equals(ref)) {
        return i;
      }
    }
    throw new AssertionError(ref + " not in " + page);
  }

  private static long delta(JsonNode before, JsonNode after, String... path) {
    return at(after, path) - at(before, path);
  }

  private static long at(JsonNode n, String... path) {
    JsonNode x = n;
    for (String p : path) {
      x = x.get(p);
    }
    return x.asLong();
  }

  private static BigDecimal moneyOf(JsonNode row) {
    return new BigDecimal(row.get("money").asText());
  }
}

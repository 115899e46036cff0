package org.socialwork.flow.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** The care roster is paged (page, size, total) in one order, on the page and in the API. */
@ApplicationTest
class CareRosterPagingTests {

  @LocalServerPort
  int port;

  @Test
  void theRosterComesInPagesWithItsTotal() {
    IntakeFlow api = new IntakeFlow(port);
    String run = Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < 2; i++) {
      Map<String, Object> t = new HashMap<>();
      t.put("stationCode", "xbhbl");
      t.put("name", "名册" + run + i);
      t.put("idNumber", Fixtures.idNumber("19400312"));
      t.put("phone", "13800138000");
      t.put("address", "太阳宫北街 3 号院 2-301");
      t.put("category", "alone");
      t.put("consent", true);
      ResponseEntity<String> created = api.post("xbhbl-worker", "/api/care/targets", t);
      assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    }
    JsonNode first = IntakeFlow.json(api.get("xbhbl-worker", "/api/care/targets?station=xbhbl&size=1"));
    JsonNode second = IntakeFlow.json(api.get("xbhbl-worker", "/api/care/targets?station=xbhbl&size=1&page=1"));
    assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2).isEqualTo(second.get("total").asLong());
    assertThat(first.get("items")).hasSize(1);
    assertThat(second.get("items")).hasSize(1);
    assertThat(first.at("/items/0/id").asLong()).isNotEqualTo(second.at("/items/0/id").asLong());
    ResponseEntity<String> bad = api.get("xbhbl-worker", "/api/care/targets?size=0");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(bad).get("errors").has("size")).isTrue();
    String html = api.signedIn("xbhbl-worker").get().uri("/care/targets?station=xbhbl&size=1").retrieve()
        .body(String.class);
    assertThat(html).contains("第 1 / ").containsPattern("href=\"/care/targets\\?page=1&amp;station=xbhbl&amp;size=1\" rel=\"next\"");
  }
}

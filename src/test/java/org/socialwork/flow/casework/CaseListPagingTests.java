package org.socialwork.flow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/** The case list is paged (page, size, total) in one stable order, on the page and in the API, filters labelled. */
@ApplicationTest
class CaseListPagingTests {

  @LocalServerPort
  int port;

  @Test
  void casesComeInPagesWithTheirTotalNewestFirstWithoutRepeatsOrGaps() {
    IntakeFlow api = new IntakeFlow(port);
    String prefix = "翻页" + Long.toString(System.nanoTime(), 36);
    List<String> registered = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      var form = Fixtures.anIntake("xbhbl");
      form.put("clientName", prefix + "甲乙丙".charAt(i));
      registered.add(api.register("xbhbl-worker", form));
    }
    JsonNode first = IntakeFlow.json(api.get("xbhbl-worker", "/api/cases?size=2&q=" + prefix));
    JsonNode second = IntakeFlow.json(api.get("xbhbl-worker", "/api/cases?size=2&page=1&q=" + prefix));
    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("size").asInt()).isEqualTo(2);
    assertThat(first.get("items")).hasSize(2);
    assertThat(second.get("total").asLong()).isEqualTo(3);
    assertThat(second.get("items")).hasSize(1);
    List<String> shown = new ArrayList<>();
    first.get("items").forEach(c -> shown.add(c.get("caseNo").asText()));
    second.get("items").forEach(c -> shown.add(c.get("caseNo").asText()));
    assertThat(shown).containsExactly(registered.get(2), registered.get(1), registered.get(0));
    assertThat(first.get("items").get(0).get("idNumber").asText()).contains("*");
    assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/cases?q=" + prefix)).get("total").asLong()).isZero();
    assertThat(IntakeFlow.json(api.get("leader", "/api/cases?q=" + prefix)).get("total").asLong()).isEqualTo(3);
    // the station filter (what the dashboard's cells link to)
    assertThat(IntakeFlow.json(api.get("leader", "/api/cases?station=xbhbl&q=" + prefix)).get("total").asLong())
        .isEqualTo(3);
    assertThat(IntakeFlow.json(api.get("leader", "/api/cases?station=sjl&q=" + prefix)).get("total").asLong())
        .isZero();
    assertThat(api.signedIn("leader").get().uri("/cases?station=xbhbl&q=" + prefix).retrieve().body(String.class))
        .contains("<label class=\"filter\" for=\"filter-station\">").contains("共 3 条");
  }

  @Test
  void wrongPageOrSizeIsAnswered400NamingIt() {
    IntakeFlow api = new IntakeFlow(port);
    for (String[] bad : new String[][] {{"page=-1", "page"}, {"page=abc", "page"}, {"size=0", "size"},
        {"size=201", "size"}, {"size=1.5", "size"}}) {
      ResponseEntity<String> r = api.get("xbhbl-worker", "/api/cases?" + bad[0]);
      assertThat(r.getStatusCode().value()).as(bad[0]).isEqualTo(400);
      assertThat(IntakeFlow.json(r).get("errors").has(bad[1])).as(r.getBody()).isTrue();
    }
    var page = api.signedIn("xbhbl-worker");
    assertThat(page.get().uri("/cases?size=0").retrieve().toEntity(String.class).getStatusCode().value())
        .isEqualTo(400);
  }

  @Test
  void theCaseListPageShowsTheTotalAPagerThatKeepsTheFilterAndLabelledFilters() {
    IntakeFlow api = new IntakeFlow(port);
    String prefix = "分页" + Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < 3; i++) {
      var form = Fixtures.anIntake("xbhbl");
      form.put("clientName", prefix + "甲乙丙".charAt(i));
      api.register("xbhbl-worker", form);
    }
    var worker = api.signedIn("xbhbl-worker");
    String html = worker.get().uri("/cases?size=2&q=" + prefix).retrieve().body(String.class);
    assertThat(html).contains("共 3 条").contains("第 1 / 2 页")
        .contains("<label class=\"filter\" for=\"filter-stage\">").contains("<label class=\"filter\" for=\"filter-q\">");
    assertThat(html).containsPattern("href=\"/cases\\?page=1&amp;q=[^\"]+&amp;size=2\" rel=\"next\"");
    String last = worker.get().uri("/cases?size=2&page=1&q=" + prefix).retrieve().body(String.class);
    assertThat(last).contains("第 2 / 2 页").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
  }

  @Test
  void theDaysOfRegistrationNarrowTheListBothIncludedAndABadDayIsNamed() {
    IntakeFlow api = new IntakeFlow(port);
    String prefix = "日期" + Long.toString(System.nanoTime(), 36);
    var form = Fixtures.anIntake("xbhbl");
    form.put("clientName", prefix + "甲");
    String caseNo = api.register("xbhbl-worker", form);
    String today = java.time.LocalDate.now().toString();
    String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
    String yesterday = java.time.LocalDate.now().minusDays(1).toString();
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/cases?q=" + prefix + "&from=" + today + "&to=" + today))
        .findValuesAsText("caseNo")).containsExactly(caseNo);
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/cases?q=" + prefix + "&from=" + tomorrow))
        .get("total").asLong()).isZero();
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/cases?q=" + prefix + "&to=" + yesterday))
        .get("total").asLong()).isZero();
    for (String[] bad : new String[][] {{"from=2026-13-01", "from"}, {"to=yesterday", "to"},
        {"from=" + today + "&to=" + yesterday, "to"}}) {
      ResponseEntity<String> r = api.get("xbhbl-worker", "/api/cases?" + bad[0]);
      assertThat(r.getStatusCode().value()).as(bad[0]).isEqualTo(400);
      assertThat(IntakeFlow.json(r).get("errors").has(bad[1])).as(r.getBody()).isTrue();
    }
    String html = api.signedIn("xbhbl-worker").get().uri("/cases?size=1&q=" + prefix + "&from=" + yesterday)
        .retrieve().body(String.class);
    assertThat(html).contains(caseNo).contains("<label class=\"filter\" for=\"filter-from\">")
        .contains("value=\"" + yesterday + "\"").contains("登记日期至");
  }
}

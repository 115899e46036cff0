package org.socialwork.flow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.notification.NotifyApi.expect;
import static org.socialwork.flow.notification.NotifyApi.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

/** Every notification endpoint and page for every role: one's own only, bad input 400 naming the field, never 500. */
@ApplicationTest
class NotificationAccessTests {

  static final List<String> EVERY_ROLE = List.of("admin", "leader", "mentor", "xbhbl-supervisor", "xbhbl-worker",
      "sjl-worker");

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @LocalServerPort
  int port;

  @Test
  void everyRoleReadsAndMarksItsOwnNotificationsAndNobodyElses() {
    NotifyApi api = new NotifyApi(port);
    for (String user : EVERY_ROLE) {
      JsonNode list = json(expect(200, api.as(user, HttpMethod.GET, "/api/notifications?page=0&size=5", null)));
      assertThat(list.get("items").size()).isLessThanOrEqualTo(5);
      assertThat(list.has("total") && list.has("unread")).isTrue();
      JsonNode prefs = json(expect(200, api.as(user, HttpMethod.GET, "/api/notifications/preferences", null)));
      assertThat(prefs.at("/channels/offered").asText()).isIn("in_app", "email", "none");
      expect(200, api.as(user, HttpMethod.PUT, "/api/notifications/preferences", Map.of("channels", Map.of())));
      expect(200, api.as(user, HttpMethod.POST, "/api/notifications/read-all", null));
      expect(404, api.as(user, HttpMethod.POST, "/api/notifications/999999999/read", null));
    }
    expect(401, api.call(null, null, HttpMethod.GET, "/api/notifications", null));
    // a state change without credentials meets the CSRF check first (403), as everywhere under /api
    assertThat(api.call(null, null, HttpMethod.POST, "/api/notifications/1/read", null).getStatusCode().value())
        .isIn(401, 403);
    expect(401, api.call(null, null, HttpMethod.GET, "/api/notifications/preferences", null));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    NotifyApi api = new NotifyApi(port);
    NotifyApi.Station s = api.newStation();
    String before = api.as(s.worker(), HttpMethod.GET, "/api/notifications/preferences", null).getBody();
    assertThat(errors(expect(400, api.as(s.worker(), HttpMethod.PUT, "/api/notifications/preferences",
        Map.of("channels", Map.of("offered", "pigeon")))))).containsKey("channels.offered");
    assertThat(errors(expect(400, api.as(s.worker(), HttpMethod.PUT, "/api/notifications/preferences",
        Map.of("channels", Map.of("moon", "email")))))).containsKey("channels.moon");
    assertThat(errors(expect(400, api.as(s.worker(), HttpMethod.PUT, "/api/notifications/preferences",
        Map.of("channels", Map.of("assigned", "none"), "email", "not an address"))))).containsKey("email");
    assertThat(errors(expect(400, api.as(s.worker(), HttpMethod.PUT, "/api/notifications/preferences",
        Map.of("channels", Map.of("assigned", "email")))))).as("mail needs an address").containsKey("email");
    assertThat(errors(expect(400, api.as(s.worker(), HttpMethod.PUT, "/api/notifications/preferences",
        Map.of("channels", "email"))))).containsKey("channels");
    assertThat(api.as(s.worker(), HttpMethod.GET, "/api/notifications/preferences", null).getBody())
        .as("nothing stored").isEqualTo(before);
    assertThat(errors(expect(400, api.as(s.worker(), HttpMethod.GET, "/api/notifications?size=0", null))))
        .containsKey("size");
    assertThat(errors(expect(400, api.as(s.worker(), HttpMethod.GET, "/api/notifications?page=x", null))))
        .containsKey("page");
    assertThat(errors(expect(400, api.as(s.worker(), HttpMethod.GET, "/api/notifications?unread=maybe", null))))
        .containsKey("unread");
    expect(400, api.as(s.worker(), HttpMethod.POST, "/api/notifications/abc/read", null));

    JsonNode saved = json(expect(200, api.as(s.worker(), HttpMethod.PUT, "/api/notifications/preferences",
        Map.of("channels", Map.of("assigned", "email", "offered", "none"), "email", s.worker() + "@example.org"))));
    assertThat(saved.at("/channels/assigned").asText()).isEqualTo("email");
    assertThat(saved.at("/channels/offered").asText()).isEqualTo("none");
    assertThat(saved.at("/channels/returned").asText()).isEqualTo("in_app");
    assertThat(saved.get("email").asText()).isEqualTo(s.worker() + "@example.org");
  }

  @Test
  void changesOfOnePersonsSettingsAtOnceNeverFail() throws Exception {
    NotifyApi api = new NotifyApi(port);
    NotifyApi.Station s = api.newStation();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String channel = i % 2 == 0 ? "email" : "none";
        answers.add(pool.submit(() -> api.as(s.worker(), HttpMethod.PUT, "/api/notifications/preferences",
            Map.of("channels", Map.of("assigned", channel, "offered", channel), "email", s.worker() + "@example.org"))
            .getStatusCode().value()));
      }
      for (java.util.concurrent.Future<Integer> answer : answers) {
        assertThat(answer.get()).as("one wins, the others 200 or 409, never 500").isIn(200, 409);
      }
    } finally {
      pool.shutdownNow();
    }
    JsonNode after = json(expect(200, api.as(s.worker(), HttpMethod.GET, "/api/notifications/preferences", null)));
    assertThat(after.at("/channels/assigned").asText()).isIn("email", "none");
    assertThat(after.get("email").asText()).isEqualTo(s.worker() + "@example.org");
  }

  @Test
  void everyRoleSeesTheBellWithItsUnreadCountAndItsPages() throws Exception {
    NotifyApi api = new NotifyApi(port);
    NotifyApi.Station s = api.newStation();
    String caseNo = api.intakeAwaitingApproval(s);
    api.intakeAwaitingApproval(s);
    int unread = json(api.as(s.supervisor(), HttpMethod.GET, "/api/notifications", null)).get("unread").asInt();
    assertThat(unread).isEqualTo(2);
    String inbox = Staff.page(mvc, staff, "/tasks", s.supervisor());
    assertThat(bellCount(inbox)).isEqualTo(2);
    String centre = Staff.page(mvc, staff, "/notifications", s.supervisor());
    assertThat(centre).contains(caseNo).contains("id=\"read-all\"");

    mvc.perform(post("/notifications/read-all").with(csrf()).with(Staff.as(staff, s.supervisor())))
        .andExpect(status().is3xxRedirection());
    assertThat(bellCount(Staff.page(mvc, staff, "/tasks", s.supervisor()))).isZero();

    for (String user : EVERY_ROLE) {
      assertThat(bellCount(Staff.page(mvc, staff, "/notifications", user))).isNotNegative();
      assertThat(Staff.page(mvc, staff, "/account/notifications", user)).contains("id=\"preferences-form\"");
      assertThat(Staff.page(mvc, staff, "/account", user)).contains("href=\"/account/notifications\"");
    }
    mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/account/notifications")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/notifications/999999999/read").with(csrf()).with(Staff.as(staff, s.worker())))
        .andExpect(status().isNotFound());

    String refused = mvc.perform(post("/account/notifications").with(csrf()).with(Staff.as(staff, s.worker()))
            .param("email", "no address").param("channel_ASSIGNED", "email"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("id=\"error-email\"");
    assertThat(json(api.as(s.worker(), HttpMethod.GET, "/api/notifications/preferences", null))
        .at("/channels/assigned").asText()).isEqualTo("in_app");
    mvc.perform(post("/account/notifications").with(csrf()).with(Staff.as(staff, s.worker()))
            .param("email", s.worker() + "@example.org").param("channel_ASSIGNED", "email"))
        .andExpect(status().is3xxRedirection());
    assertThat(json(api.as(s.worker(), HttpMethod.GET, "/api/notifications/preferences", null))
        .at("/channels/assigned").asText()).isEqualTo("email");
  }

  private static int bellCount(String html) {
    Matcher m = Pattern.compile("id=\"bell-count\">(\\d+)<").matcher(html);
    assertThat(m.find()).as("the bell is on the page").isTrue();
    return Integer.parseInt(m.group(1));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> errors(org.springframework.http.ResponseEntity<String> response) {
    try {
      Map<String, Object> body = new com.fasterxml.jackson.databind.ObjectMapper().readValue(response.getBody(),
          Map.class);
      return (Map<String, Object>) body.getOrDefault("errors", Map.of());
    } catch (Exception e) {
      throw new IllegalStateException(response.getBody(), e);
    }
  }
}

package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Every endpoint of the organisation's administration and of the own account, for every kind of identity: admins
 * write, the leading group reads, everyone else is refused (403), anonymous callers are asked to sign in (401).
 */
@ApplicationTest
class OrganizationAccessTests {

  @LocalServerPort
  int port;

  private static final List<String> OTHERS = List.of("xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "mentor");

  @Test
  void readsAreForAdminsAndTheLeadingGroupOnly() {
    OrgApi api = new OrgApi(port);
    for (String path : List.of("/api/admin/stations", "/api/admin/stations/xbhbl", "/api/admin/people",
        "/api/admin/people/xbhbl-worker", "/api/admin/people/xbhbl-worker/holdings")) {
      assertThat(api.get("admin", path).getStatusCode().value()).as("admin " + path).isEqualTo(200);
      assertThat(api.get("leader", path).getStatusCode().value()).as("leader " + path).isEqualTo(200);
      for (String other : OTHERS) {
        assertThat(api.get(other, path).getStatusCode().value()).as(other + " " + path).isEqualTo(403);
      }
      assertThat(api.get(null, path).getStatusCode().value()).as("anonymous " + path).isEqualTo(401);
    }
  }

  @Test
  void writesAreForAdminsOnly() {
    OrgApi api = new OrgApi(port);
    String code = OrgApi.unique("acc");
    String user = OrgApi.unique("acc");
    List<Object[]> writes = List.of(
        new Object[] {HttpMethod.POST, "/api/admin/stations", OrgApi.station(code, "权限站")},
        new Object[] {HttpMethod.PATCH, "/api/admin/stations/" + code, Map.of("name", "权限站二")},
        new Object[] {HttpMethod.POST, "/api/admin/people", OrgApi.person(user, "权限人", null, "mentor", null)},
        new Object[] {HttpMethod.PATCH, "/api/admin/people/" + user, Map.of("fullName", "权限人二")},
        new Object[] {HttpMethod.POST, "/api/admin/people/" + user + "/password-reset", Map.of()});
    for (Object[] w : writes) {
      HttpMethod method = (HttpMethod) w[0];
      String path = (String) w[1];
      for (String refused : List.of("leader", "xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "mentor")) {
        assertThat(api.call(refused, "demo", method, path, w[2]).getStatusCode().value())
            .as(refused + " " + method + " " + path).isEqualTo(403);
      }
      // without credentials and without a CSRF token the CSRF check answers first (403), else the sign-in (401)
      assertThat(api.call(null, null, method, path, w[2]).getStatusCode().value())
          .as("anonymous " + method + " " + path).isIn(401, 403);
      assertThat(api.call("admin", "demo", method, path, w[2]).getStatusCode().value())
          .as("admin " + method + " " + path).isBetween(200, 201);
    }
    assertThat(OrgApi.json(api.get("admin", "/api/admin/people/" + user)).get("fullName").asText())
        .isEqualTo("权限人二");
  }

  @Test
  void everyoneSeesTheirOwnAccountAndNobodyElses() {
    OrgApi api = new OrgApi(port);
    for (String who : List.of("admin", "leader", "xbhbl-worker", "xbhbl-supervisor", "mentor")) {
      var account = api.get(who, "/api/account");
      assertThat(account.getStatusCode().value()).as(who).isEqualTo(200);
      assertThat(OrgApi.json(account).get("username").asText()).isEqualTo(who);
    }
    assertThat(api.get(null, "/api/account").getStatusCode().value()).isEqualTo(401);
    assertThat(api.post(null, "/api/account/password", Map.of()).getStatusCode().value()).isIn(401, 403);
    var wrong = api.post("xbhbl-worker2", "/api/account/password",
        Map.of("currentPassword", "not-mine-1", "newPassword", "Another2026x", "repeatPassword", "Another2026y"));
    assertThat(wrong.getStatusCode().value()).isEqualTo(400);
    assertThat(OrgApi.json(wrong).get("errors").has("currentPassword")).isTrue();
    assertThat(OrgApi.json(wrong).get("errors").has("repeatPassword")).isTrue();
  }
}

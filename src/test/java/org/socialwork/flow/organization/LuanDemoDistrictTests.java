package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole start with {@code socialwork.demo-data=luan} on a database of its own: Lu'an built through the import job
 * matches the seed (140 township stations over its districts and counties, 6 demonstration stations among them 平桥乡
 * and 清水河街道, 1,051 certified workers, one supervisor per station, 31 social organisations) on the dashboard, the
 * demo logins sign in with {@code demo}, and loading it again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "socialwork.demo-data=luan", "socialwork.venture.demo-data=true"})
class LuanDemoDistrictTests {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DemoDistrictDatabase.register(registry, "luan");
  }

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  DemoImportDistrict demo;

  @Autowired
  IdentityService identity;

  @Autowired
  OrganizationSetup setup;

  @Test
  void theDashboardShowsTheSeedsFigures() {
    IntakeFlow api = new IntakeFlow(port);
    JsonNode dashboard = IntakeFlow.json(api.get("leader", "/api/dashboard"));
    JsonNode org = dashboard.get("organization");
    assertThat(org.get("stations").asLong()).isEqualTo(140);
    assertThat(org.get("demonstrationStations").asLong()).isEqualTo(6);
    assertThat(org.get("certifiedWorkers").asLong()).isEqualTo(1051);
    assertThat(org.get("supervisors").asLong()).isEqualTo(140);
    List<String> counties = new ArrayList<>();
    long stations = 0;
    for (JsonNode c : org.get("counties")) {
      counties.add(c.get("county").asText());
      stations += c.get("stations").asLong();
    }
    assertThat(counties).containsExactlyInAnyOrder("金安区", "裕安区", "叶集区", "霍山县", "舒城县", "金寨县", "霍邱县");
    assertThat(stations).isEqualTo(140);
    assertThat(dashboard.get("stations")).hasSize(140);

    String page = api.signedIn("leader").get().uri("/dashboard").retrieve().body(String.class);
    assertThat(figure(page, "org-stations")).isEqualTo(140);
    assertThat(figure(page, "org-demonstration")).isEqualTo(6);
    assertThat(figure(page, "org-certified")).isEqualTo(1051);
    assertThat(figure(page, "org-supervisors")).isEqualTo(140);
    assertThat(page).contains("平桥乡社工站", "清水河街道社工站", "霍邱县");

    // a worker's dashboard is their station's
    JsonNode mine = IntakeFlow.json(api.get(LuanWorkbook.DEMO_WORKER, "/api/dashboard")).get("organization");
    assertThat(mine.get("stations").asLong()).isEqualTo(1);
    assertThat(mine.get("demonstrationStations").asLong()).isEqualTo(1);
    assertThat(mine.get("supervisors").asLong()).isEqualTo(1);
  }

  @Test
  void stationsPeopleAndOrganisationsCameThroughTheImport() {
    IntakeFlow api = new IntakeFlow(port);
    JsonNode stations = IntakeFlow.json(api.get("admin", "/api/admin/stations"));
    assertThat(stations.get("total").asInt()).isEqualTo(140);
    List<String> demonstration = new ArrayList<>();
    for (JsonNode s : stations.get("items")) {
      if (s.get("demonstration").asBoolean()) {
        demonstration.add(s.get("name").asText());
      }
    }
    assertThat(demonstration).hasSize(6).contains("平桥乡社工站", "清水河街道社工站");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_job WHERE status = 'DONE' AND total_rows = ?",
        Integer.class, 140 + LuanWorkbook.people().size())).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_organization", Integer.class)).isEqualTo(31);
    // each organisation serves stations of its own county
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_organization o JOIN venture_organization_station os"
        + " ON os.organization_id = o.id JOIN station s ON s.code = os.station_code"
        + " WHERE o.name NOT LIKE CONCAT(s.county, '%')", Integer.class)).isZero();
    // the import answers the mirror at once: the worker of 平桥乡 is in its group and signs in with demo
    assertThat(api.get(LuanWorkbook.DEMO_WORKER, "/api/tasks").getStatusCode().value()).isEqualTo(200);
    assertThat(api.get("mentor", "/api/tasks").getStatusCode().value()).isEqualTo(200);
    assertThat(api.get("ja-02-worker", "/api/tasks").getStatusCode().value()).isEqualTo(401);
    assertThat(identity.createUserQuery().memberOfGroup("station-pingqiao-worker").userId(LuanWorkbook.DEMO_WORKER)
        .count()).isEqualTo(1);
    assertThat(identity.createUserQuery().memberOfGroup("station-pingqiao-supervisor").count()).isEqualTo(1);
  }

  @Test
  void loadingAgainChangesNothing() {
    int people = jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class);
    int jobs = jdbc.queryForObject("SELECT COUNT(*) FROM import_job", Integer.class);
    setup.run(null);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_job", Integer.class)).isEqualTo(jobs);

    DemoImportDistrict.Loaded again = demo.luan();
    assertThat(again.job().status()).isEqualTo("DONE");
    assertThat(again.job().changed()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class)).isEqualTo(people);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station", Integer.class)).isEqualTo(140);
  }

  static long figure(String page, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\">([0-9,]+)<").matcher(page);
    assertThat(m.find()).as("figure " + id).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }
}

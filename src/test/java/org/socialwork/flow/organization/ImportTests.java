package org.socialwork.flow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Onboarding by import: a wrong file writes nothing and lists every bad row; a good one is imported in the
 * background with progress; the same file twice changes nothing the second time; a job stopped midway is resumed
 * where it stood; only administrators import, the leading group follows.
 */
@ApplicationTest
class ImportTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ImportJobs imports;

  @Autowired
  ImportMapper importMapper;

  private static final StaffMember ADMIN = new StaffMember("admin", "管理员",
      List.of(new RoleAssignment("admin", Role.ADMIN, null)));

  @Test
  void aWrongFileWritesNothingAndListsEveryBadRow() {
    String good = OrgApi.unique("imp");
    String goodPerson = OrgApi.unique("imp.p");
    byte[] file = ImportJobs.workbook(
        List.of(List.of(good, "导入好站", "导入社区", "社区", "金安区", "否"),
            List.of("BAD CODE", "坏编码站", "", "", "", ""),
            List.of(good + "x", "", "", "村", "", ""),
            List.of(good + "y", "类型错站", "", "宫殿", "", "也许")),
        List.of(List.of(goodPerson, "导入好人", "13800000000", "社工师", "worker@" + good),
            List.of(goodPerson + "a", "站点不存在", "", "", "worker@nowhere-" + good),
            List.of("Bad User", "坏用户名", "", "", "mentor"),
            List.of(goodPerson + "b", "等级错", "", "大师", "mentor"),
            List.of(goodPerson, "重复的人", "", "", "mentor")));
    ResponseEntity<String> r = upload("admin", "wrong.xlsx", file);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
    JsonNode problems = OrgApi.json(r).get("problems");
    List<String> where = new ArrayList<>();
    problems.forEach(p -> where.add(p.get("sheet").asText() + ":" + p.get("row").asInt() + ":"
        + p.get("column").asText()));
    assertThat(where).contains("社工站:3:编码", "社工站:4:名称", "社工站:5:类型", "社工站:5:示范站",
        "人员:3:角色", "人员:4:用户名", "人员:5:持证等级", "人员:6:用户名");
    assertThat(where).noneMatch(w -> w.startsWith("社工站:2:") || w.startsWith("人员:2:"));
    problems.forEach(p -> assertThat(p.get("problem").asText()).isNotBlank());
    // nothing written: neither the good rows nor a job
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station WHERE code = ?", Integer.class, good)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE username = ?", Integer.class, goodPerson))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE subject = ?", Integer.class, good)).isZero();
    // nor in the engine's identity (the check's mirror writes were rolled back with the rest)
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, goodPerson))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_GROUP WHERE ID_ LIKE ?", Integer.class,
        "%" + good + "%")).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_job WHERE filename = 'wrong.xlsx'", Integer.class))
        .isZero();

    // a CSV with a bad row is refused the same way
    String csv = "编码,名称,社区,类型\r\n" + good + ",好站,,社区\r\n\"BAD,CODE\",坏站,,\r\n";
    ResponseEntity<String> c = upload("admin", "wrong.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(c.getStatusCode().value()).isEqualTo(400);
    assertThat(OrgApi.json(c).get("problems").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station WHERE code = ?", Integer.class, good)).isZero();
  }

  @Test
  void theSameFileTwiceImportsOnce() throws Exception {
    String a = OrgApi.unique("impa");
    String b = OrgApi.unique("impb");
    String worker = OrgApi.unique("imp.w");
    String sup = OrgApi.unique("imp.s");
    byte[] file = ImportJobs.workbook(
        List.of(List.of(a, "导入甲站", "甲社区", "乡镇", "霍山县", "是"), List.of(b, "导入乙站", "", "街道", "", "")),
        List.of(List.of(worker, "导入社工", "13900000000", "助理社工师", "worker@" + a),
            List.of(sup, "导入督导", "", "高级社工师", "supervisor@" + a + "; supervisor@" + b + "; mentor")));
    JsonNode first = finish(upload("admin", "same.xlsx", file));
    assertThat(first.get("status").asText()).isEqualTo("DONE");
    assertThat(first.get("total").asInt()).isEqualTo(4);
    assertThat(first.get("done").asInt()).isEqualTo(4);
    assertThat(first.get("changed").asInt()).isEqualTo(4);
    OrgApi api = new OrgApi(port);
    JsonNode station = OrgApi.json(api.get("admin", "/api/admin/stations/" + a));
    assertThat(station.get("name").asText()).isEqualTo("导入甲站");
    assertThat(station.get("kind").asText()).isEqualTo("township");
    assertThat(station.get("demonstration").asBoolean()).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_role WHERE username = ?", Integer.class, sup))
        .isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT certification FROM person WHERE username = ?", String.class, worker))
        .isEqualTo("ASSISTANT");
    int audits = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE subject IN (?, ?, ?, ?)", Integer.class,
        a, b, worker, sup);

    JsonNode second = finish(upload("admin", "same.xlsx", file));
    assertThat(second.get("status").asText()).isEqualTo("DONE");
    assertThat(second.get("done").asInt()).isEqualTo(4);
    assertThat(second.get("changed").asInt()).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE subject IN (?, ?, ?, ?)", Integer.class,
        a, b, worker, sup)).isEqualTo(audits);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_role WHERE username = ?", Integer.class, sup))
        .isEqualTo(3);

    // a changed row in the same file changes that row only
    byte[] renamed = ImportJobs.workbook(
        List.of(List.of(a, "导入甲站新名", "甲社区", "乡镇", "霍山县", "是"), List.of(b, "导入乙站", "", "街道", "", "")),
        List.of());
    JsonNode third = finish(upload("admin", "renamed.xlsx", renamed));
    assertThat(third.get("changed").asInt()).isEqualTo(1);
    assertThat(OrgApi.json(api.get("admin", "/api/admin/stations/" + a)).get("name").asText()).isEqualTo("导入甲站新名");
  }

  @Test
  void aJobStoppedMidwayIsResumedWhereItStood() throws Exception {
    List<List<String>> stations = new ArrayList<>();
    String prefix = OrgApi.unique("impr");
    for (int i = 0; i < 7; i++) {
      stations.add(List.of(prefix + "-" + i, "续导站" + i, "", "", "", ""));
    }
    ImportJob job = imports.prepare(ADMIN, "resume.xlsx", ImportJobs.workbook(stations, List.of()));
    assertThat(job.status()).isEqualTo("QUEUED");
    // the node runs three rows, then stops (no more chunks); its lease runs out
    assertThat(imports.run(job.id(), 3, true)).isTrue();
    ImportJob midway = importMapper.findJob(job.id()).orElseThrow();
    assertThat(midway.status()).isEqualTo("RUNNING");
    assertThat(midway.done()).isEqualTo(3);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station WHERE code LIKE ?", Integer.class, prefix + "-%"))
        .isEqualTo(3);
    // while the lease holds nobody else takes the job
    assertThat(imports.run(job.id(), Integer.MAX_VALUE, false)).isFalse();
    importMapper.expireLease(job.id(), LocalDateTime.now().minusMinutes(5));
    imports.resume(); // what start-up and the periodic check do
    JsonNode done = poll(job.id());
    assertThat(done.get("status").asText()).isEqualTo("DONE");
    assertThat(done.get("done").asInt()).isEqualTo(7);
    assertThat(done.get("changed").asInt()).isEqualTo(7);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station WHERE code LIKE ?", Integer.class, prefix + "-%"))
        .isEqualTo(7);
    // every row applied exactly once
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'ORG_STATION_CREATE' AND subject "
        + "LIKE ?", Integer.class, prefix + "-%")).isEqualTo(7);
  }

  @Test
  void onlyAdministratorsImportAndTheLeadingGroupFollows() throws Exception {
    String code = OrgApi.unique("impacc");
    byte[] file = ImportJobs.workbook(List.of(List.of(code, "权限导入站", "", "", "", "")), List.of());
    for (String refused : List.of("leader", "xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "mentor")) {
      assertThat(upload(refused, "acc.xlsx", file).getStatusCode().value()).as(refused).isEqualTo(403);
    }
    assertThat(upload(null, "acc.xlsx", file).getStatusCode().value()).isIn(401, 403);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM station WHERE code = ?", Integer.class, code)).isZero();
    JsonNode job = finish(upload("admin", "acc.xlsx", file));
    String path = "/api/admin/import/" + job.get("id").asText();
    OrgApi api = new OrgApi(port);
    for (String p : List.of(path, "/api/admin/import/template.xlsx", "/api/admin/import/template-people.csv")) {
      assertThat(api.get("admin", p).getStatusCode().value()).as("admin " + p).isEqualTo(200);
      assertThat(api.get("leader", p).getStatusCode().value()).as("leader " + p).isEqualTo(200);
      for (String other : List.of("xbhbl-worker", "xbhbl-supervisor", "sjl-worker", "mentor")) {
        assertThat(api.get(other, p).getStatusCode().value()).as(other + " " + p).isEqualTo(403);
      }
    }
    assertThat(api.get(null, path).getStatusCode().value()).isEqualTo(401);
    assertThat(api.get("admin", "/api/admin/import/no-such-job").getStatusCode().value()).isEqualTo(404);
    assertThat(upload("admin", "empty.csv", new byte[0]).getStatusCode().value()).isEqualTo(400);
  }

  private ResponseEntity<String> upload(String username, String filename, byte[] content) {
    RestClient.Builder b = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { });
    if (username != null) {
      b.defaultHeaders(h -> h.setBasicAuth(username, "demo"));
    }
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    });
    return b.build().post().uri("/api/admin/import").contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
        .retrieve().toEntity(String.class);
  }

  private JsonNode finish(ResponseEntity<String> accepted) throws InterruptedException {
    assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
    return poll(OrgApi.json(accepted).get("id").asText());
  }

  private JsonNode poll(String id) throws InterruptedException {
    OrgApi api = new OrgApi(port);
    JsonNode job = null;
    for (int i = 0; i < 300; i++) {
      job = OrgApi.json(api.get("admin", "/api/admin/import/" + id));
      if (job.get("status").asText().equals("DONE") || job.get("status").asText().equals("FAILED")) {
        return job;
      }
      Thread.sleep(100);
    }
    return job;
  }
}

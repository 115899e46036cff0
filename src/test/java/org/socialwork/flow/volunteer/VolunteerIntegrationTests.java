package org.socialwork.flow.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.ParallelRequests.race;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * Volunteers and their activities through /api over real HTTP: registration (numbers of our own, ID validated and
 * masked except to the station's supervisors), an activity proposed through the process start and approved through
 * /api/tasks, 30 parallel sign-ups on 10 places (never over the quota; cancelling promotes), check-in codes (wrong:
 * 400, expired: 409), the whole roster's hours confirmed at once and capped, the posting timer filling the ledgers,
 * a correction and a redemption, star levels, and station scope for every role. Unique data per run, so it passes
 * twice on one MariaDB database.
 */
@ApplicationTest
class VolunteerIntegrationTests {

  static final String VOLUNTEER_PASSWORD = "Volunteer2026x";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  IntakeFlow api;

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  // ---- fixtures ----

  /** A valid ID number unlikely to repeat across runs on one database (random birth day and sequence). */
  static String uniqueIdNumber() {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    return Fixtures.idNumber(birth.format(DateTimeFormatter.BASIC_ISO_DATE));
  }

  static Map<String, Object> aVolunteer(String station, String name) {
    Map<String, Object> v = new HashMap<>();
    v.put("fullName", name);
    v.put("idNumber", uniqueIdNumber());
    v.put("phone", "13900139000");
    v.put("stationCode", station);
    v.put("skills", List.of("陪伴", "文艺"));
    v.put("consent", true);
    return v;
  }

  private String register(String user, Map<String, Object> volunteer) {
    ResponseEntity<String> created = api.post(user, "/api/volunteers", volunteer);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return IntakeFlow.json(created).get("volunteerNo").asText();
  }

  /** Registers a volunteer with a login; answers {volunteerNo, username}. */
  private String[] registerWithLogin(String station, String name) {
    Map<String, Object> v = aVolunteer(station, name);
    v.put("password", VOLUNTEER_PASSWORD);
    ResponseEntity<String> created = api.post(station + "-worker", "/api/volunteers", v);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode body = IntakeFlow.json(created);
    return new String[] {body.get("volunteerNo").asText(), body.get("username").asText()};
  }

  private RestClient volunteer(String username) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultHeaders(h -> h.setBasicAuth(username, VOLUNTEER_PASSWORD))
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
  }

  private static ResponseEntity<String> post(RestClient client, String path, Object body) {
    return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
        .toEntity(String.class);
  }

  private static ResponseEntity<String> get(RestClient client, String path) {
    return client.get().uri(path).retrieve().toEntity(String.class);
  }

  private ResponseEntity<String> anonymous(String path) {
    return RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build()
        .get().uri(path).retrieve().toEntity(String.class);
  }

  static Map<String, Object> anActivity(String station, String title, int quota) {
    Map<String, Object> a = new HashMap<>();
    a.put("title", title);
    a.put("content", "陪伴社区老人读报、聊天");
    a.put("recipients", "独居老人");
    a.put("place", "西坝河北里社区活动室");
    a.put("stationCode", station);
    a.put("date", LocalDate.now().plusDays(2).toString());
    a.put("startTime", "09:00");
    a.put("endTime", "12:00");
    a.put("quota", quota);
    return a;
  }

  /** Proposed by the station's worker, approved by its supervisor through /api/tasks: published. */
  private String published(String station, String title, int quota) {
    String no = proposed(station, title, quota);
    String task = api.taskOf(station + "-supervisor", no, "Task_ApproveActivity");
    api.complete(station + "-supervisor", task, Map.of("decision", "approve"));
    assertThat(status(no)).isEqualTo("PUBLISHED");
    return no;
  }

  /**
   * Moves a published activity (proposed for the day after tomorrow, 09:00–12:00) to now: started an hour ago, three
   * hours long, so check-in and check-out are open (they are only on the activity's day).
   */
  static void onTheDay(JdbcTemplate jdbc, String activityNo) {
    LocalDateTime now = LocalDateTime.now().withNano(0);
    jdbc.update("UPDATE volunteer_activity SET starts_at = ?, ends_at = ? WHERE activity_no = ?",
        Timestamp.valueOf(now.minusHours(1)), Timestamp.valueOf(now.plusHours(2)), activityNo);
  }

  private String proposed(String station, String title, int quota) {
    ResponseEntity<String> started = api.post(station + "-worker", "/api/processes/volunteer-activity/start",
        anActivity(station, title, quota));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
    return IntakeFlow.json(started).get("businessKey").asText();
  }

  private String status(String activityNo) {
    return jdbc.queryForObject("SELECT status FROM volunteer_activity WHERE activity_no = ?", String.class,
        activityNo);
  }

  private static String run() {
    return Long.toString(System.nanoTime(), 36).substring(4);
  }

  private String signUp(String user, String activityNo, String volunteerNo) {
    ResponseEntity<String> r = api.post(user, "/api/activities/" + activityNo + "/signups",
        Map.of("volunteerNo", volunteerNo));
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
    return IntakeFlow.json(r).get("status").asText();
  }

  private BigDecimal ledger(String table, String column, String volunteerNo) {
    return jdbc.queryForObject("SELECT COALESCE(SUM(e." + column + "), 0) FROM " + table + " e JOIN volunteer v ON "
        + "v.id = e.volunteer_id WHERE v.volunteer_no = ?", BigDecimal.class, volunteerNo);
  }

  // ---- volunteers ----

  @Test
  void registersAVolunteerWithANumberOfOurOwnAndRefusesInvalidInputStoringNothing() {
    String name = "志愿者" + run();
    Map<String, Object> v = aVolunteer("xbhbl", name);
    String no = register("xbhbl-worker", v);
    assertThat(no).matches("ZY-xbhbl-\\d{5}");
    Map<String, Object> row = jdbc.queryForMap("SELECT sex, birth_month, consent FROM volunteer WHERE volunteer_no = ?",
        no);
    String id = (String) v.get("idNumber");
    assertThat(row.get("birth_month")).isEqualTo(id.substring(6, 10) + "-" + id.substring(10, 12));

    Map<String, Object> again = aVolunteer("xbhbl", name + "重");
    again.put("idNumber", id);
    ResponseEntity<String> duplicate = api.post("xbhbl-worker", "/api/volunteers", again);
    assertThat(duplicate.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(duplicate).get("errors").has("idNumber")).isTrue();

    Map<String, Object> badId = aVolunteer("xbhbl", name + "错");
    badId.put("idNumber", "110105194912310000");
    ResponseEntity<String> bad = api.post("xbhbl-worker", "/api/volunteers", badId);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(bad).get("errors").has("idNumber")).isTrue();

    Map<String, Object> noConsent = aVolunteer("xbhbl", name + "否");
    noConsent.put("consent", false);
    noConsent.put("phone", "12345");
    ResponseEntity<String> refused = api.post("xbhbl-worker", "/api/volunteers", noConsent);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(refused).get("error").asText()).isEqualTo("invalid");
    assertThat(IntakeFlow.json(refused).get("errors").has("consent")).isTrue();
    assertThat(IntakeFlow.json(refused).get("errors").has("phone")).isTrue();

    ResponseEntity<String> otherStation = api.post("xbhbl-worker", "/api/volunteers", aVolunteer("sjl", name + "外"));
    assertThat(otherStation.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(otherStation).get("errors").has("stationCode")).isTrue();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer WHERE full_name LIKE ?", Integer.class,
        name + "%")).isEqualTo(1);
  }

  @Test
  void theIdNumberIsWholeOnlyForTheStationsSupervisorsAndEveryReadIsAudited() {
    Map<String, Object> v = aVolunteer("xbhbl", "读档" + run());
    String no = register("xbhbl-worker", v);
    String id = (String) v.get("idNumber");

    JsonNode asSupervisor = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/volunteers/" + no));
    assertThat(asSupervisor.get("idNumber").asText()).isEqualTo(id);
    JsonNode asWorker = IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteers/" + no));
    assertThat(asWorker.get("idNumber").asText()).isNotEqualTo(id).contains("*").endsWith(id.substring(14));
    assertThat(asWorker.get("volunteerNo").asText()).isEqualTo(no);
    assertThat(asWorker.get("stars").asInt()).isZero();
    ResponseEntity<String> asLeader = api.get("leader", "/api/volunteers/" + no);
    assertThat(asLeader.getStatusCode().value()).isEqualTo(200);
    assertThat(IntakeFlow.json(asLeader).get("idNumber").asText()).contains("*");
    assertThat(api.get("sjl-worker", "/api/volunteers/" + no).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("sjl-supervisor", "/api/volunteers/" + no).getStatusCode().value()).isEqualTo(404);
    assertThat(anonymous("/api/volunteers/" + no).getStatusCode().value()).isEqualTo(401);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE subject = ? AND action = 'VOLUNTEER_READ'",
        Integer.class, no)).isEqualTo(3);

    String list = api.get("xbhbl-worker", "/api/volunteers?q=" + no).getBody();
    assertThat(list).contains(no).doesNotContain(id);
    assertThat(api.get("sjl-worker", "/api/volunteers?q=" + no).getBody()).doesNotContain(no);
  }

  @Test
  void aVolunteerSeesOnlyTheirOwnRecordAndTheirStationsActivities() {
    String[] me = registerWithLogin("xbhbl", "本人" + run());
    String other = register("xbhbl-worker", aVolunteer("xbhbl", "他人" + run()));
    RestClient client = volunteer(me[1]);

    ResponseEntity<String> mine = get(client, "/api/volunteers/" + me[0]);
    assertThat(mine.getStatusCode().value()).as(mine.getBody()).isEqualTo(200);
    assertThat(IntakeFlow.json(mine).has("hoursEntries")).isTrue();
    assertThat(get(client, "/api/volunteers/" + other).getStatusCode().value()).isEqualTo(404);
    assertThat(get(client, "/api/volunteers").getBody()).isEqualTo("[]");
    assertThat(post(client, "/api/volunteers", aVolunteer("xbhbl", "自荐")).getStatusCode().value()).isEqualTo(403);

    String open = published("xbhbl", "本站活动" + run(), 5);
    String elsewhere = published("sjl", "他站活动" + run(), 5);
    String pending = proposed("xbhbl", "待审活动" + run(), 5);
    String listed = get(client, "/api/activities").getBody();
    assertThat(listed).contains(open).doesNotContain(elsewhere).doesNotContain(pending);
    assertThat(get(client, "/api/activities/" + elsewhere).getStatusCode().value()).isEqualTo(404);
    assertThat(get(client, "/api/activities/" + pending).getStatusCode().value()).isEqualTo(404);
    assertThat(post(client, "/api/activities/" + elsewhere + "/signups", Map.of("volunteerNo", me[0]))
        .getStatusCode().value()).isEqualTo(404);

    ResponseEntity<String> signed = post(client, "/api/activities/" + open + "/signups", Map.of("volunteerNo", me[0]));
    assertThat(signed.getStatusCode().value()).as(signed.getBody()).isEqualTo(201);
    assertThat(post(client, "/api/activities/" + open + "/signups", Map.of("volunteerNo", other))
        .getStatusCode().value()).as("signing up someone else").isEqualTo(404);
    assertThat(post(client, "/api/activities/" + open + "/signups", Map.of("volunteerNo", me[0]))
        .getStatusCode().value()).as("twice").isEqualTo(409);
    JsonNode page = IntakeFlow.json(get(client, "/api/activities/" + open));
    assertThat(page.get("mine").get("status").asText()).isEqualTo("CONFIRMED");
    assertThat(page.get("roster").size()).as("a volunteer sees no roster").isZero();
    assertThat(get(client, "/api/activities/" + open + "/code").getStatusCode().value()).isEqualTo(403);
    assertThat(post(client, "/api/activities/" + open + "/hours", Map.of("entries", List.of()))
        .getStatusCode().value()).isEqualTo(403);
  }

  // ---- activities ----

  @Test
  void anActivityIsProposedReviewedAndListedInTheInboxByItsTitle() {
    String title = "助老读报" + run();
    String no = proposed("xbhbl", title, 8);
    assertThat(no).matches("HD-xbhbl-\\d{4}-\\d{4}");
    assertThat(status(no)).isEqualTo("PROPOSED");
    JsonNode tasks = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/tasks?size=200&businessKey=" + no));
    JsonNode task = tasks.get("items").get(0);
    assertThat(task.get("subject").asText()).isEqualTo(title);
    assertThat(task.get("kind").asText()).isEqualTo("volunteer-activity");
    assertThat(task.get("link").asText()).isEqualTo("/volunteer/activities/" + no);
    assertThat(IntakeFlow.json(api.get("sjl-supervisor", "/api/tasks?size=200&businessKey=" + no)).get("total")
        .asInt()).isZero();
    assertThat(api.get("sjl-worker", "/api/activities/" + no).getStatusCode().value()).isEqualTo(404);
    assertThat(api.post("xbhbl-worker", "/api/activities/" + no + "/signups", Map.of("volunteerNo", "ZY-x"))
        .getStatusCode().value()).isEqualTo(404);

    String id = task.get("id").asText();
    ResponseEntity<String> noComment = api.post("xbhbl-supervisor", "/api/tasks/" + id + "/complete",
        Map.of("decision", "return"));
    assertThat(noComment.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(noComment).get("errors").has("comment")).isTrue();
    api.complete("xbhbl-supervisor", id, Map.of("decision", "return", "comment", "请补充保险信息"));
    assertThat(status(no)).isEqualTo("RETURNED");
    String revise = api.taskOf("xbhbl-worker", no, "Task_ReviseActivity");
    api.complete("xbhbl-worker", revise, Map.of("decision", "resubmit", "quota", 12));
    assertThat(status(no)).isEqualTo("PROPOSED");
    assertThat(jdbc.queryForObject("SELECT quota FROM volunteer_activity WHERE activity_no = ?", Integer.class, no))
        .isEqualTo(12);
    api.complete("xbhbl-supervisor", api.taskOf("xbhbl-supervisor", no, "Task_ApproveActivity"),
        Map.of("decision", "approve"));
    assertThat(status(no)).isEqualTo("PUBLISHED");

    Map<String, Object> past = anActivity("xbhbl", title, 5);
    past.put("date", LocalDate.now().minusDays(1).toString());
    past.put("endTime", "08:00");
    ResponseEntity<String> refused = api.post("xbhbl-worker", "/api/processes/volunteer-activity/start", past);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(refused).get("errors").has("date")).isTrue();
    assertThat(api.post("xbhbl-supervisor", "/api/processes/volunteer-activity/start", anActivity("xbhbl", title, 5))
        .getStatusCode().value()).as("supervisors review, workers propose").isEqualTo(403);
  }

  @Test
  void thirtyParallelSignUpsOnTenPlacesConfirmTenAndCancellingPromotesTheFirstWaiting() throws Exception {
    String no = published("xbhbl", "并发报名" + run(), 10);
    List<String[]> people = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      people.add(registerWithLogin("xbhbl", "并发" + i + "号" + run()));
    }

    List<ResponseEntity<String>> answers = race(30, i -> post(volunteer(people.get(i)[1]),
        "/api/activities/" + no + "/signups", Map.of("volunteerNo", people.get(i)[0])));

    assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode().value()).as(a.getBody()).isEqualTo(201));
    long confirmed = answers.stream().filter(a -> a.getBody().contains("\"confirmed\"")).count();
    long waitlisted = answers.stream().filter(a -> a.getBody().contains("\"waitlisted\"")).count();
    assertThat(confirmed).isEqualTo(10);
    assertThat(waitlisted).isEqualTo(20);
    Long activityId = jdbc.queryForObject("SELECT id FROM volunteer_activity WHERE activity_no = ?", Long.class, no);
    assertThat(count(activityId, "CONFIRMED")).isEqualTo(10);
    assertThat(count(activityId, "WAITLISTED")).isEqualTo(20);
    assertThat(jdbc.queryForObject("SELECT confirmed_count FROM volunteer_activity WHERE id = ?", Integer.class,
        activityId)).isEqualTo(10);

    String leaving = jdbc.queryForObject("SELECT v.volunteer_no FROM volunteer_signup s JOIN volunteer v ON v.id = "
        + "s.volunteer_id WHERE s.activity_id = ? AND s.status = 'CONFIRMED' ORDER BY s.id LIMIT 1", String.class,
        activityId);
    String firstWaiting = jdbc.queryForObject("SELECT v.volunteer_no FROM volunteer_signup s JOIN volunteer v ON "
        + "v.id = s.volunteer_id WHERE s.activity_id = ? AND s.status = 'WAITLISTED' ORDER BY s.signed_up_at, s.id "
        + "LIMIT 1", String.class, activityId);
    String leaver = people.stream().filter(p -> p[0].equals(leaving)).findFirst().orElseThrow()[1];
    ResponseEntity<String> cancelled = volunteer(leaver).delete().uri("/api/activities/" + no + "/signups/" + leaving)
        .retrieve().toEntity(String.class);
    assertThat(cancelled.getStatusCode().value()).as(cancelled.getBody()).isEqualTo(200);
    assertThat(IntakeFlow.json(cancelled).get("promoted").asText()).isEqualTo(firstWaiting);
    assertThat(count(activityId, "CONFIRMED")).isEqualTo(10);
    assertThat(count(activityId, "WAITLISTED")).isEqualTo(19);
    assertThat(volunteer(leaver).delete().uri("/api/activities/" + no + "/signups/" + leaving).retrieve()
        .toEntity(String.class).getStatusCode().value()).as("cancelled already").isEqualTo(404);

    assertThat(signUp("xbhbl-worker", no, leaving)).as("back at the end of the queue").isEqualTo("waitlisted");
    assertThat(api.post("xbhbl-worker", "/api/activities/" + no + "/signups", Map.of("volunteerNo", leaving))
        .getStatusCode().value()).isEqualTo(409);
  }

  private int count(Long activityId, String status) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_signup WHERE activity_id = ? AND status = ?",
        Integer.class, activityId, status);
  }

  @Test
  void checkInNeedsTheCurrentCodeAWrongOneIs400AnExpiredOne409() {
    String no = published("xbhbl", "签到" + run(), 5);
    String[] me = registerWithLogin("xbhbl", "签到人" + run());
    RestClient client = volunteer(me[1]);
    assertThat(post(client, "/api/activities/" + no + "/signups", Map.of("volunteerNo", me[0])).getStatusCode()
        .value()).isEqualTo(201);
    ResponseEntity<String> early = post(client, "/api/activities/" + no + "/check-in",
        Map.of("volunteerNo", me[0], "code", IntakeFlow.json(api.get("xbhbl-worker", "/api/activities/" + no
            + "/code")).get("code").asText()));
    assertThat(early.getStatusCode().value()).as("the day after tomorrow: not yet").isEqualTo(400);
    assertThat(IntakeFlow.json(early).get("errors").get("code").asText()).contains("活动当天");
    onTheDay(jdbc, no);
    assertThat(api.get("sjl-worker", "/api/activities/" + no + "/code").getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("leader", "/api/activities/" + no + "/code").getStatusCode().value()).isEqualTo(403);
    JsonNode code = IntakeFlow.json(api.get("xbhbl-worker", "/api/activities/" + no + "/code"));
    String current = code.get("code").asText();
    assertThat(current).matches("\\d{6}");
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/activities/" + no + "/code")).get("code").asText())
        .as("the same code while it is valid").isEqualTo(current);
    String wrong = current.equals("000000") ? "111111" : "000000";

    ResponseEntity<String> bad = post(client, "/api/activities/" + no + "/check-in",
        Map.of("volunteerNo", me[0], "code", wrong));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(bad).get("errors").has("code")).isTrue();
    ResponseEntity<String> none = post(client, "/api/activities/" + no + "/check-in", Map.of("volunteerNo", me[0]));
    assertThat(none.getStatusCode().value()).isEqualTo(400);

    jdbc.update("UPDATE volunteer_activity SET code_expires_at = ? WHERE activity_no = ?",
        Timestamp.valueOf(LocalDateTime.now().minusMinutes(1)), no);
    ResponseEntity<String> expired = post(client, "/api/activities/" + no + "/check-in",
        Map.of("volunteerNo", me[0], "code", current));
    assertThat(expired.getStatusCode().value()).as(expired.getBody()).isEqualTo(409);
    assertThat(IntakeFlow.json(expired).get("message").asText()).isNotBlank();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_signup s JOIN volunteer v ON v.id = s.volunteer_id "
        + "WHERE v.volunteer_no = ? AND s.check_in_at IS NOT NULL", Integer.class, me[0])).isZero();

    String fresh = IntakeFlow.json(api.get("xbhbl-worker", "/api/activities/" + no + "/code")).get("code").asText();
    ResponseEntity<String> in = post(client, "/api/activities/" + no + "/check-in",
        Map.of("volunteerNo", me[0], "code", fresh));
    assertThat(in.getStatusCode().value()).as(in.getBody()).isEqualTo(200);
    assertThat(post(client, "/api/activities/" + no + "/check-in", Map.of("volunteerNo", me[0], "code", fresh))
        .getStatusCode().value()).as("twice").isEqualTo(409);
    assertThat(post(client, "/api/activities/" + no + "/check-out", Map.of("volunteerNo", me[0], "code", fresh))
        .getStatusCode().value()).isEqualTo(200);
    assertThat(post(client, "/api/activities/" + no + "/check-out", Map.of("volunteerNo", me[0], "code", fresh))
        .getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void theRostersHoursAreCappedAndConfirmedAtOnceThenPostedToTheLedgersWhenThePostingEnds() {
    String no = published("xbhbl", "时长确认" + run(), 5);
    String a = register("xbhbl-worker", aVolunteer("xbhbl", "甲" + run()));
    String b = register("xbhbl-worker", aVolunteer("xbhbl", "乙" + run()));
    String c = register("xbhbl-worker", aVolunteer("xbhbl", "丙" + run()));
    for (String v : List.of(a, b, c)) {
      assertThat(signUp("xbhbl-worker", no, v)).isEqualTo("confirmed");
    }
    // the organiser marks b as present without a code (no phone), on the day
    onTheDay(jdbc, no);
    assertThat(api.post("xbhbl-worker", "/api/activities/" + no + "/check-in", Map.of("volunteerNo", b))
        .getStatusCode().value()).isEqualTo(200);

    ResponseEntity<String> invalid = api.post("xbhbl-worker", "/api/activities/" + no + "/hours", Map.of("entries",
        List.of(Map.of("volunteerNo", a, "hours", 5), Map.of("volunteerNo", b, "hours", 1.5),
            Map.of("volunteerNo", "ZY-xbhbl-99999", "hours", 1))));
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(invalid).get("errors").has("entries[2].volunteerNo")).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM volunteer_signup s JOIN volunteer_activity x ON x.id = "
        + "s.activity_id WHERE x.activity_no = ? AND s.hours IS NOT NULL", Integer.class, no)).as("nothing stored")
        .isZero();
    assertThat(status(no)).isEqualTo("PUBLISHED");
    assertThat(api.post("sjl-worker", "/api/activities/" + no + "/hours", Map.of("entries", List.of()))
        .getStatusCode().value()).isEqualTo(404);

    ResponseEntity<String> done = api.post("xbhbl-worker", "/api/activities/" + no + "/hours", Map.of("entries",
        List.of(Map.of("volunteerNo", a, "hours", 5, "rating", 5), Map.of("volunteerNo", b, "hours", 1.5))));
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
    Map<String, BigDecimal> hours = new HashMap<>();
    jdbc.query("SELECT v.volunteer_no, s.hours FROM volunteer_signup s JOIN volunteer v ON v.id = s.volunteer_id "
        + "JOIN volunteer_activity x ON x.id = s.activity_id WHERE x.activity_no = ?",
        rs -> { hours.put(rs.getString(1), rs.getBigDecimal(2)); }, no);
    assertThat(hours.get(a)).as("capped by the 3-hour activity").isEqualByComparingTo("3");
    assertThat(hours.get(b)).isEqualByComparingTo("1.5");
    assertThat(hours.get(c)).as("not named, never checked in").isEqualByComparingTo("0");
    assertThat(status(no)).isEqualTo("POSTING");
    assertThat(api.post("xbhbl-worker", "/api/activities/" + no + "/hours", Map.of("entries", List.of()))
        .getStatusCode().value()).as("confirmed already").isEqualTo(409);
    assertThat(ledger("volunteer_hours_entry", "hours", a)).as("posted, not yet in the ledger").isZero();

    String pi = jdbc.queryForObject("SELECT process_instance_id FROM volunteer_activity WHERE activity_no = ?",
        String.class, no);
    Job posting = management.createJobQuery().processInstanceId(pi).singleResult();
    assertThat(posting.getDuedate()).isAfter(Timestamp.valueOf(LocalDateTime.now().plusDays(2)));
    management.executeJob(posting.getId());

    assertThat(status(no)).isEqualTo("CLOSED");
    assertThat(ledger("volunteer_hours_entry", "hours", a)).isEqualByComparingTo("3");
    assertThat(ledger("volunteer_points_entry", "points", a)).as("at most 2 hours earn points").isEqualByComparingTo("2");
    assertThat(ledger("volunteer_hours_entry", "hours", b)).isEqualByComparingTo("1.5");
    assertThat(ledger("volunteer_points_entry", "points", b)).isEqualByComparingTo("1.5");
    assertThat(ledger("volunteer_hours_entry", "hours", c)).isZero();

    // a correction (the station's supervisor) and a redemption leave the hours right
    JsonNode record = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/volunteers/" + a));
    long entry = record.get("hoursEntries").get(0).get("id").asLong();
    assertThat(api.post("xbhbl-worker", "/api/volunteers/" + a + "/corrections",
        Map.of("entryId", entry, "hours", 2.5, "reason", "提前离场")).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> corrected = api.post("xbhbl-supervisor", "/api/volunteers/" + a + "/corrections",
        Map.of("entryId", entry, "hours", 1.5, "reason", "提前离场半小时以上"));
    assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(200);
    JsonNode after = IntakeFlow.json(corrected);
    assertThat(after.get("hours").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(after.get("points").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(after.get("hoursEntries").size()).as("appended: posting, reversal, corrected value").isEqualTo(3);
    assertThat(api.post("xbhbl-supervisor", "/api/volunteers/" + a + "/corrections",
        Map.of("entryId", entry, "hours", 1, "reason", "再次")).getStatusCode().value()).isEqualTo(409);

    ResponseEntity<String> redeemed = api.post("xbhbl-worker", "/api/volunteers/" + a + "/redemptions",
        Map.of("points", 1, "item", "毛巾一条"));
    assertThat(redeemed.getStatusCode().value()).as(redeemed.getBody()).isEqualTo(200);
    assertThat(api.post("xbhbl-worker", "/api/volunteers/" + a + "/redemptions",
        Map.of("points", 1, "item", "超额")).getStatusCode().value()).isEqualTo(409);
    assertThat(api.post("sjl-worker", "/api/volunteers/" + a + "/redemptions",
        Map.of("points", 0.1, "item", "他站")).getStatusCode().value()).isEqualTo(404);
    assertThat(ledger("volunteer_points_entry", "points", a)).isEqualByComparingTo("0.5");
    assertThat(ledger("volunteer_hours_entry", "hours", a)).as("redeeming never touches hours")
        .isEqualByComparingTo("1.5");
  }

  @Test
  void theOrganiserConfirmsOneCommonNumberOfHoursFromTheInboxForEveryoneWhoCheckedIn() {
    String no = published("xbhbl", "收件箱确认" + run(), 5);
    String present = register("xbhbl-worker", aVolunteer("xbhbl", "到场" + run()));
    String absent = register("xbhbl-worker", aVolunteer("xbhbl", "缺席" + run()));
    signUp("xbhbl-worker", no, present);
    signUp("xbhbl-worker", no, absent);
    onTheDay(jdbc, no);
    assertThat(api.post("xbhbl-worker", "/api/activities/" + no + "/check-in", Map.of("volunteerNo", present))
        .getStatusCode().value()).isEqualTo(200);
    JsonNode mine = IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks?tab=mine&size=200&businessKey=" + no));
    assertThat(mine.get("total").asInt()).isEqualTo(1);
    assertThat(mine.get("items").get(0).get("due").asText()).startsWith(LocalDate.now().plusDays(2) + "T12:00");

    String task = api.taskOf("xbhbl-worker", no, "Task_ConfirmHours");
    ResponseEntity<String> tooMany = api.post("xbhbl-worker", "/api/tasks/" + task + "/complete", Map.of("hours", 30));
    assertThat(tooMany.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(tooMany).get("errors").has("hours")).isTrue();
    api.complete("xbhbl-worker", task, Map.of("hours", 2, "rating", 4));
    Map<String, BigDecimal> hours = new HashMap<>();
    jdbc.query("SELECT v.volunteer_no, s.hours FROM volunteer_signup s JOIN volunteer v ON v.id = s.volunteer_id "
        + "JOIN volunteer_activity x ON x.id = s.activity_id WHERE x.activity_no = ?",
        rs -> { hours.put(rs.getString(1), rs.getBigDecimal(2)); }, no);
    assertThat(hours.get(present)).isEqualByComparingTo("2");
    assertThat(hours.get(absent)).as("never checked in").isEqualByComparingTo("0");
    assertThat(status(no)).isEqualTo("POSTING");
  }

  @Test
  void starLevelsFollowTheTotalHoursAtTheThresholds() {
    String no = register("xbhbl-worker", aVolunteer("xbhbl", "星级" + run()));
    Long id = jdbc.queryForObject("SELECT id FROM volunteer WHERE volunteer_no = ?", Long.class, no);
    addHours(id, "99.99");
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteers/" + no)).get("stars").asInt()).isZero();
    addHours(id, "0.01");
    JsonNode one = IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteers/" + no));
    assertThat(one.get("stars").asInt()).isEqualTo(1);
    assertThat(one.get("nextStarHours").decimalValue()).isEqualByComparingTo("300");
    addHours(id, "1400");
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteers/" + no)).get("stars").asInt()).isEqualTo(5);
  }

  private void addHours(Long volunteerId, String hours) {
    jdbc.update("INSERT INTO volunteer_hours_entry (volunteer_id, hours, source, recorded_by, recorded_at) "
        + "VALUES (?, ?, 'CORRECTION', 'test', ?)", volunteerId, new BigDecimal(hours),
        Timestamp.valueOf(LocalDateTime.now().withNano(0)));
  }

  @Test
  void everyEndpointAnswersEachRoleAsItMay() {
    String no = published("xbhbl", "角色" + run(), 3);
    String v = register("xbhbl-supervisor", aVolunteer("xbhbl", "角色人" + run()));
    assertThat(api.post("leader", "/api/volunteers", aVolunteer("xbhbl", "领导登记")).getStatusCode().value())
        .isEqualTo(403);
    assertThat(api.post("mentor", "/api/volunteers", aVolunteer("xbhbl", "导师登记")).getStatusCode().value())
        .isEqualTo(403);
    assertThat(api.get("leader", "/api/activities/" + no).getStatusCode().value()).isEqualTo(200);
    assertThat(api.post("leader", "/api/activities/" + no + "/signups", Map.of("volunteerNo", v))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(api.post("sjl-worker", "/api/activities/" + no + "/signups", Map.of("volunteerNo", v))
        .getStatusCode().value()).isEqualTo(404);
    assertThat(api.post("sjl-worker", "/api/activities/" + no + "/check-in", Map.of("volunteerNo", v))
        .getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> missing = api.post("xbhbl-worker", "/api/activities/" + no + "/signups", Map.of());
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(missing).get("errors").has("volunteerNo")).isTrue();
    assertThat(signUp("xbhbl-supervisor", no, v)).isEqualTo("confirmed");
    assertThat(api.get("xbhbl-worker", "/api/activities/" + no).getBody()).contains(v);
    for (String path : List.of("/api/volunteers", "/api/activities", "/api/activities/" + no,
        "/api/volunteer/teams", "/api/activities/" + no + "/code")) {
      assertThat(anonymous(path).getStatusCode().value()).as(path).isEqualTo(401);
    }
  }

  @Test
  void teamsHaveAKindALeaderAndMembersOfTheirStation() {
    String a = register("xbhbl-worker", aVolunteer("xbhbl", "队员" + run()));
    String outsider = register("sjl-worker", aVolunteer("sjl", "外站" + run()));
    Map<String, Object> team = new HashMap<>();
    team.put("name", "夕阳红服务队" + run());
    team.put("kind", "夕阳红");
    team.put("stationCode", "xbhbl");
    team.put("leader", "xbhbl-worker");
    team.put("members", List.of(a, outsider));
    ResponseEntity<String> refused = api.post("xbhbl-worker", "/api/volunteer/teams", team);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(refused).get("errors").has("members")).isTrue();
    team.put("members", List.of(a));
    ResponseEntity<String> created = api.post("xbhbl-worker", "/api/volunteer/teams", team);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    long id = IntakeFlow.json(created).get("id").asLong();
    assertThat(IntakeFlow.json(api.get("xbhbl-worker", "/api/volunteers/" + a)).get("teams").get(0).get("kind")
        .asText()).isEqualTo("夕阳红");
    assertThat(api.post("sjl-worker", "/api/volunteer/teams/" + id + "/members", Map.of("volunteerNo", outsider))
        .getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> nobody = api.post("xbhbl-worker", "/api/volunteer/teams/" + id + "/members", Map.of());
    assertThat(nobody.getStatusCode().value()).as(nobody.getBody()).isEqualTo(400);
    assertThat(IntakeFlow.json(nobody).get("errors").has("volunteerNo")).as(nobody.getBody()).isTrue();
    assertThat(api.get("sjl-worker", "/api/volunteer/teams").getBody()).doesNotContain((String) team.get("name"));
  }

  @Test
  void theStatsCountActivitiesHoursAndPointsPerStationInScope() {
    String year = LocalDate.now().plusDays(2).getYear() + "";
    JsonNode before = station(IntakeFlow.json(api.get("xbhbl-supervisor", "/api/volunteer/stats?year=" + year)));
    String no = published("xbhbl", "统计" + run(), 3);
    String v = register("xbhbl-worker", aVolunteer("xbhbl", "统计人" + run()));
    signUp("xbhbl-worker", no, v);
    assertThat(api.post("xbhbl-worker", "/api/activities/" + no + "/hours", Map.of("entries",
        List.of(Map.of("volunteerNo", v, "hours", 2.5)))).getStatusCode().value()).isEqualTo(200);
    String pi = jdbc.queryForObject("SELECT process_instance_id FROM volunteer_activity WHERE activity_no = ?",
        String.class, no);
    management.executeJob(management.createJobQuery().processInstanceId(pi).singleResult().getId());

    JsonNode after = station(IntakeFlow.json(api.get("xbhbl-supervisor", "/api/volunteer/stats?year=" + year)));
    assertThat(after.get("activities").asLong()).isEqualTo(count(before, "activities") + 1);
    assertThat(after.get("volunteers").asLong()).isEqualTo(count(before, "volunteers") + 1);
    assertThat(after.get("activeVolunteers").asLong()).isEqualTo(count(before, "activeVolunteers") + 1);
    assertThat(after.get("hours").decimalValue()).isEqualByComparingTo(sum(before, "hours").add(new BigDecimal("2.5")));
    assertThat(after.get("pointsIssued").decimalValue())
        .isEqualByComparingTo(sum(before, "pointsIssued").add(new BigDecimal("2")));
    assertThat(api.get("sjl-worker", "/api/volunteer/stats?year=" + year).getBody()).doesNotContain("\"xbhbl\"");
    ResponseEntity<String> bad = api.get("xbhbl-worker", "/api/volunteer/stats?month=2026-13");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(IntakeFlow.json(bad).get("errors").has("month")).isTrue();
    String[] me = registerWithLogin("xbhbl", "统计志愿者" + run());
    assertThat(get(volunteer(me[1]), "/api/volunteer/stats").getStatusCode().value()).isEqualTo(403);
  }

  private static JsonNode station(JsonNode report) {
    for (JsonNode s : report.get("stations")) {
      if ("xbhbl".equals(s.get("stationCode").asText())) {
        return s;
      }
    }
    return new ObjectMapper().createObjectNode();
  }

  private static long count(JsonNode station, String field) {
    return station.has(field) ? station.get(field).asLong() : 0;
  }

  private static BigDecimal sum(JsonNode station, String field) {
    return station.has(field) ? station.get(field).decimalValue() : BigDecimal.ZERO;
  }

}

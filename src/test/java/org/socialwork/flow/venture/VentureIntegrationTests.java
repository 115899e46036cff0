package org.socialwork.flow.venture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialwork.flow.venture.VentureApi.created;
import static org.socialwork.flow.venture.VentureApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A whole round through /api: two organisations, three reviewers (and a reserve), screening, scores, the ranked list,
 * the determination under the budget guard, the posting timer, agreement and tranche 1; a conflict of interest
 * replaced; an objection upheld; a debarred organisation refused; scope (an organisation sees only its own, another
 * station's staff nothing); bad input 400 naming the field with nothing stored; every endpoint for every role.
 */
@ApplicationTest
class VentureIntegrationTests {

  static final String SCORES_HIGH = "need=90, feasible=80, budget=70";
  static final String SCORES_LOW = "need=60, feasible=70, budget=80";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ManagementService management;

  @Autowired
  RuntimeService runtime;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory directory;

  VentureApi api;
  List<String> reviewers;
  String reserve;
  Map<String, Object> orgA;
  Map<String, Object> orgB;

  @BeforeEach
  void setUp() {
    api = new VentureApi(port);
    reviewers = List.of(api.person("rev", "周评审", "mentor"), api.person("rev", "吴评审", "mentor"),
        api.person("rev", "郑评审", "mentor"));
    reserve = api.person("rev", "王备选", "mentor");
    orgA = api.organization(VentureApi.unique("金安区阳光社工服务中心"), "xbhbl");
    orgB = api.organization(VentureApi.unique("裕安区同心社会工作服务社"), "sjl");
  }

  private long aRound(int budget) {
    return created(api.post("leader", "/api/venture/rounds",
        VentureApi.aRound("leader", reviewers, List.of(reserve), budget))).get("id").asLong();
  }

  private String login(Map<String, Object> org) {
    return (String) org.get("username");
  }

  private void score(String no, String reviewer, String scores) {
    api.completed(reviewer, no, "Task_Score", Map.of("scores", scores, "comment", "扎根社区，需求明确"));
  }

  /** Submitted, passed screening and scored by the three reviewers: waiting for the leading group. */
  private String scored(long round, Map<String, Object> org, String station, String scores) {
    String no = api.submit(login(org), VentureApi.anApplication(round, station, "活动物资=9000\n志愿者交通补贴=4000\n宣传=2000"));
    api.completed("leader", no, "Task_Screen", Map.of("outcome", "pass", "note", "材料齐全，符合申报条件"));
    reviewers.forEach(r -> score(no, r, scores));
    return no;
  }

  private void endPosting(String no) {
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).singleResult().getId();
    Job timer = management.createJobQuery().processInstanceId(pi).timers().singleResult();
    assertThat(timer.getDuedate()).isAfter(new java.util.Date());
    management.executeJob(timer.getId());
  }

  @Test
  void aWholeRoundWithTwoOrganisationsAndThreeReviewers() {
    long round = aRound(100000);
    String a = scored(round, orgA, "xbhbl", SCORES_HIGH);
    String b = scored(round, orgB, "sjl", SCORES_LOW);
    assertThat(api.application("leader", a).get("score").decimalValue()).isEqualByComparingTo("81.50");
    assertThat(api.application("leader", b).get("score").decimalValue()).isEqualByComparingTo("68.50");

    JsonNode ranked = json(api.get("leader", "/api/venture/rounds/" + round));
    assertThat(ranked.get("applications")).extracting(n -> n.get("applicationNo").asText()).containsExactly(a, b);
    assertThat(ranked.get("reviewers")).hasSize(4);

    api.completed("leader", a, "Task_Determine", Map.of("decision", "approve", "amount", 15000, "note", "全额资助"));
    api.completed("leader", b, "Task_Determine", Map.of("decision", "approve", "amount", 10000));
    JsonNode after = json(api.get("leader", "/api/venture/rounds/" + round));
    assertThat(after.get("committed").decimalValue()).isEqualByComparingTo("25000");
    assertThat(after.get("left").decimalValue()).isEqualByComparingTo("75000");
    JsonNode posted = api.application("leader", a);
    assertThat(posted.get("status").asText()).isEqualTo("POSTING");
    assertThat(posted.get("ledger")).extracting(n -> n.get("kind").asText() + n.get("tranche").asText() + "="
        + n.get("amount").decimalValue().stripTrailingZeros().toPlainString())
        .containsExactly("APPROVEDnull=15000", "PLANNED1=7500", "PLANNED2=4500", "PLANNED3=3000");

    endPosting(a);
    assertThat(api.application("leader", a).get("status").asText()).isEqualTo("SIGNING");
    api.signed("leader", a);
    String pay = api.taskOf("leader", a, "Task_PayTranche");
    ResponseEntity<String> tooMuch = api.complete("leader", pay, Map.of("amount", 7600,
        "paidOn", LocalDate.now().toString(), "voucher", "记-2027-0012"));
    assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
    assertThat(json(tooMuch).get("errors").has("amount")).isTrue();
    api.completed("leader", a, "Task_PayTranche", Map.of("amount", 7500, "paidOn", LocalDate.now().toString(),
        "voucher", "记-2027-0012"));
    JsonNode funded = api.application("leader", a);
    assertThat(funded.get("status").asText()).isEqualTo("IMPLEMENTING");
    assertThat(funded.get("paid").decimalValue()).isEqualByComparingTo("7500");

    // scope: each organisation its own, another station's staff nothing, the station's own staff theirs
    assertThat(json(api.get(login(orgA), "/api/venture/rounds/" + round)).get("applications"))
        .extracting(n -> n.get("applicationNo").asText()).containsExactly(a);
    assertThat(json(api.get(login(orgA), "/api/venture/rounds/" + round)).has("reviewers")).isFalse();
    assertThat(api.get(login(orgB), "/api/venture/applications/" + a).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("sjl-worker", "/api/venture/applications/" + a).getStatusCode().value()).isEqualTo(404);
    assertThat(json(api.get("sjl-worker", "/api/venture/rounds/" + round)).get("applications"))
        .extracting(n -> n.get("applicationNo").asText()).containsExactly(b);
    assertThat(json(api.get("xbhbl-worker", "/api/venture/rounds/" + round)).get("applications"))
        .extracting(n -> n.get("applicationNo").asText()).containsExactly(a);
    assertThat(api.application(login(orgA), a).get("reviews").get(0).has("reviewer")).isFalse();
  }

  /** Approved with the amount, posted, signed today and tranche 1 paid: the mid-term report is due. */
  private String implementing(long round, Map<String, Object> org, String station, int amount, int tranche1) {
    String no = scored(round, org, station, SCORES_HIGH);
    api.completed("leader", no, "Task_Determine", Map.of("decision", "approve", "amount", amount));
    endPosting(no);
    api.signed("leader", no);
    pay(no, "Task_PayTranche", tranche1);
    return no;
  }

  private void pay(String no, String task, int amount) {
    api.completed("leader", no, task, Map.of("amount", amount, "paidOn", LocalDate.now().toString(),
        "voucher", VentureApi.unique("记-")));
  }

  private void report(String no, String task) {
    api.completed(login(orgA).equals(applicantOf(no)) ? login(orgA) : login(orgB), no, task,
        Map.of("content", "已完成探访 120 人次，健康讲座 3 场，资金使用符合预算", "activityLog", "每周二、四上门探访；每月讲座"));
  }

  private String applicantOf(String no) {
    return jdbc.queryForObject("SELECT submitted_by FROM venture_application WHERE application_no = ?", String.class,
        no);
  }

  @Test
  void aProjectRunsToClosureAndAFailedOneIsTerminatedAndItsOrganisationDebarred() {
    long round = aRound(100000);
    String a = implementing(round, orgA, "xbhbl", 15000, 7500);
    assertThat(api.application(login(orgA), a).get("status").asText()).isEqualTo("IMPLEMENTING");
    report(a, "Task_MidTermReport");
    api.completed("leader", a, "Task_MidTermEvaluation", Map.of("result", "pass", "note", "资料齐全，电话回访满意"));
    String midPay = api.taskOf("leader", a, "Task_PayMidTermTranche");
    assertThat(json(api.get("leader", "/api/tasks/" + midPay)).toString()).contains("4500");
    pay(a, "Task_PayMidTermTranche", 4500);
    report(a, "Task_FinalReport");
    api.completed("leader", a, "Task_FinalEvaluation", Map.of("result", "pass", "note", "财务验收合格"));
    pay(a, "Task_PayFinalTranche", 3000);
    JsonNode closed = api.application(login(orgA), a);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("paid").decimalValue()).isEqualByComparingTo("15000");
    assertThat(closed.get("reports")).hasSize(2);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(a).count()).isZero();

    String b = implementing(round, orgB, "sjl", 10000, 5000);
    // the mid-term report is not in by its date: it counts as failed and payment stops
    String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(b).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
    assertThat(api.application("leader", b).get("status").asText()).isEqualTo("SUSPENDED");
    assertThat(api.application("leader", b).get("reports").get(0).get("late").asBoolean()).isTrue();
    ResponseEntity<String> tooMuchBack = api.complete("leader", api.taskOf("leader", b, "Task_DecideFailure"),
        Map.of("action", "terminate", "returned", 6000, "note", "中期报告逾期，终止项目"));
    assertThat(tooMuchBack.getStatusCode().value()).isEqualTo(400);
    api.completed("leader", b, "Task_DecideFailure", Map.of("action", "terminate", "debar", true, "returned", 2000,
        "note", "中期报告逾期且经通知未整改，终止项目"));
    JsonNode terminated = api.application("leader", b);
    assertThat(terminated.get("status").asText()).isEqualTo("TERMINATED");
    assertThat(terminated.get("ledger").toString()).contains("RETURNED");
    JsonNode organisation = json(api.get("leader", "/api/organizations/" + orgB.get("id")));
    assertThat(organisation.get("debarredUntil").asText()).isEqualTo(LocalDate.now().plusYears(3).toString());
    // debarred: its next application is refused at once
    String again = api.submit(login(orgB), VentureApi.anApplication(round, "sjl", "活动物资=6000"));
    assertThat(api.application(login(orgB), again).get("status").asText()).isEqualTo("REFUSED");
  }

  private String page(String path, String username) throws Exception {
    return Staff.page(mvc, directory, path, username);
  }

  private int status(String path, String username) throws Exception {
    return mvc.perform(get(path).with(Staff.as(directory, username))).andReturn().getResponse().getStatus();
  }

  @Test
  void thePagesShowThePortalTheRankedRoundAndTheGrantInScope() throws Exception {
    long round = aRound(100000);
    String a = scored(round, orgA, "xbhbl", SCORES_HIGH);
    String b = scored(round, orgB, "sjl", SCORES_LOW);
    String portal = page("/venture", login(orgA));
    assertThat(portal).contains("id=\"own-applications\"", a, "id=\"round-" + round + "\"").doesNotContain(b);
    String ranked = page("/venture/rounds/" + round, "leader");
    assertThat(ranked).contains("ranked-" + a, "ranked-" + b, "周评审");
    assertThat(ranked.indexOf("ranked-" + a)).isLessThan(ranked.indexOf("ranked-" + b));
    assertThat(page("/venture/rounds/" + round, login(orgB))).doesNotContain("ranked-" + a).doesNotContain("周评审");
    String grant = page("/venture/applications/" + a, login(orgA));
    assertThat(grant).contains("id=\"application-no\"", a, "81.50", "活动物资").doesNotContain("扎根社区");
    assertThat(status("/venture/applications/" + a, login(orgB))).isEqualTo(404);
    assertThat(status("/venture/applications/" + a, "sjl-worker")).isEqualTo(404);
    assertThat(page("/venture/applications/" + a, "leader")).contains("扎根社区");
    assertThat(page("/dashboard", "leader")).contains("id=\"venture-figures\"");
  }

  @Test
  void theInboxShowsTheOrganisationAndProjectAndOnlyToThosePeople() {
    long round = aRound(100000);
    String no = api.submit(login(orgA), VentureApi.anApplication(round, "xbhbl", "活动物资=6000"));
    JsonNode items = json(api.get("leader", "/api/tasks?size=200&businessKey=" + no)).get("items");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("link").asText()).isEqualTo("/venture/applications/" + no);
    assertThat(items.get(0).toString()).contains("金安区阳光社工服务中心");
    api.completed("leader", no, "Task_Screen", Map.of("outcome", "more", "note", "请补充场地证明",
        "moreInfoDue", LocalDate.now().plusDays(5).toString()));
    assertThat(api.tasksOf(login(orgB), no, "Task_MoreInfo")).isEmpty();
    assertThat(api.tasksOf("xbhbl-worker", no, "Task_MoreInfo")).isEmpty();
    api.completed(login(orgA), no, "Task_MoreInfo", Map.of("note", "已补充社区提供的活动场地证明"));
    assertThat(api.application(login(orgA), no).get("status").asText()).isEqualTo("SCREENING");
    api.completed("leader", no, "Task_Screen", Map.of("outcome", "refuse", "note", "不符合申报领域"));
    assertThat(api.application(login(orgA), no).get("status").asText()).isEqualTo("REFUSED");
  }

  @Test
  void aReviewerWithAConflictIsReplacedByTheReserveAndLeftOutOfTheScore() {
    long round = aRound(100000);
    String no = api.submit(login(orgA), VentureApi.anApplication(round, "xbhbl", "活动物资=12000"));
    api.completed("leader", no, "Task_Screen", Map.of("outcome", "pass", "note", "通过"));
    score(no, reviewers.get(0), SCORES_HIGH);
    api.completed(reviewers.get(1), no, "Task_Score", Map.of("conflict", true, "comment", "本人曾任该机构理事"));
    assertThat(api.tasksOf(reserve, no, "Task_Score")).hasSize(1);
    score(no, reviewers.get(2), SCORES_HIGH);
    score(no, reserve, SCORES_LOW);
    JsonNode app = api.application("leader", no);
    assertThat(app.get("status").asText()).isEqualTo("DETERMINATION");
    assertThat(app.get("score").decimalValue()).isEqualByComparingTo("77.17");
    assertThat(app.get("reviews")).hasSize(4);
  }

  @Test
  void anUpheldObjectionCancelsTheGrantAndGivesTheBudgetBack() {
    long round = aRound(100000);
    String no = scored(round, orgA, "xbhbl", SCORES_HIGH);
    api.completed("leader", no, "Task_Determine", Map.of("decision", "approve", "amount", 12000));
    ResponseEntity<String> filed = api.post("xbhbl-supervisor", "/api/venture/applications/" + no + "/objections",
        Map.of("content", "居民反映该机构去年项目未按协议实施"));
    created(filed);
    api.completed("leader", no, "Task_DecideObjection", Map.of("upheld", "true", "note", "经核实，异议成立"));
    assertThat(api.application("leader", no).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(json(api.get("leader", "/api/venture/rounds/" + round)).get("committed").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(api.post("xbhbl-supervisor", "/api/venture/applications/" + no + "/objections",
        Map.of("content", "再次异议，内容不少于五字")).getStatusCode().value()).isEqualTo(409);
  }

  @Test
  void aDebarredOrganisationIsRefusedAutomatically() {
    long round = aRound(100000);
    jdbc.update("UPDATE venture_organization SET debarred_until = ?, debarment_reason = ? WHERE id = ?",
        LocalDate.now().plusYears(3), "违反协议挪用资金", orgA.get("id"));
    String no = api.submit(login(orgA), VentureApi.anApplication(round, "xbhbl", "活动物资=6000"));
    JsonNode app = api.application(login(orgA), no);
    assertThat(app.get("status").asText()).isEqualTo("REFUSED");
    assertThat(app.get("refusalReason").asText()).contains("违反协议挪用资金");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(no).count()).isZero();
    assertThat(api.tasksOf("leader", no, "Task_Screen")).isEmpty();
  }

  @Test
  void badInputIs400NamingTheFieldAndStoresNothing() {
    int organisations = count("venture_organization");
    Map<String, Object> wrongCheck = VentureApi.anOrganization("某社工服务中心", "91350100M000100Y44", "xbhbl");
    ResponseEntity<String> r = api.post("leader", "/api/organizations", wrongCheck);
    assertThat(r.getStatusCode().value()).isEqualTo(400);
    assertThat(json(r).get("errors").has("creditCode")).isTrue();
    ResponseEntity<String> noStation = api.post("leader", "/api/organizations",
        VentureApi.anOrganization("某社工服务中心", CreditCodeTests.aCreditCode(), "nosuchstation"));
    assertThat(json(noStation).get("errors").has("stationCodes")).isTrue();
    assertThat(count("venture_organization")).isEqualTo(organisations);

    int rounds = count("venture_round");
    Map<String, Object> badSplit = VentureApi.aRound("leader", reviewers, List.of(), 100000);
    badSplit.put("trancheSplit", List.of(50, 30, 10));
    assertField(api.post("leader", "/api/venture/rounds", badSplit), "trancheSplit");
    Map<String, Object> badWeights = VentureApi.aRound("leader", reviewers, List.of(), 100000);
    badWeights.put("criteria", List.of(Map.of("code", "need", "name", "社区需求", "weight", 60)));
    assertField(api.post("leader", "/api/venture/rounds", badWeights), "criteria");
    Map<String, Object> badRange = VentureApi.aRound("leader", reviewers, List.of(), 100000);
    badRange.put("grantRange", Map.of("min", 20000, "max", 5000));
    assertField(api.post("leader", "/api/venture/rounds", badRange), "grantRange");
    Map<String, Object> nobody = VentureApi.aRound("nosuchperson", List.of("nosuchreviewer"), List.of(), 100000);
    ResponseEntity<String> unknown = api.post("leader", "/api/venture/rounds", nobody);
    assertField(unknown, "officer");
    assertThat(json(unknown).get("errors").has("reviewers")).isTrue();
    Map<String, Object> control = VentureApi.aRound("leader", reviewers, List.of(), 100000);
    control.put("title", "创投\u202e轮次\u0007");
    assertField(api.post("leader", "/api/venture/rounds", control), "title");
    Map<String, Object> wrongType = VentureApi.aRound("leader", reviewers, List.of(), 100000);
    wrongType.put("totalBudget", Map.of("a", 1));
    wrongType.put("tracks", Map.of("a", 1));
    wrongType.put("criteria", "need=100");
    ResponseEntity<String> typed = api.post("leader", "/api/venture/rounds", wrongType);
    assertField(typed, "totalBudget");
    assertThat(json(typed).get("errors").has("tracks")).isTrue();
    assertThat(json(typed).get("errors").has("criteria")).isTrue();
    assertThat(api.get("leader", "/api/venture/rounds/abc").getStatusCode().value()).isEqualTo(400);
    assertThat(api.call("leader", org.springframework.http.HttpMethod.POST, "/api/organizations", "{\"name\":")
        .getStatusCode().value()).isEqualTo(400);
    assertThat(count("venture_round")).isEqualTo(rounds);

    long round = aRound(100000);
    int applications = count("venture_application");
    assertField(api.post(login(orgA), "/api/processes/micro-venture/start",
        VentureApi.anApplication(round, "xbhbl", "活动物资=19000\n宣传=2000")), "budgetLines");
    assertField(api.post(login(orgA), "/api/processes/micro-venture/start",
        VentureApi.anApplication(round, "xbhbl", "活动物资=3000")), "budgetLines");
    assertField(api.post(login(orgA), "/api/processes/micro-venture/start",
        VentureApi.anApplication(round, "xbhbl", "活动物资：很多")), "budgetLines");
    assertField(api.post(login(orgA), "/api/processes/micro-venture/start",
        VentureApi.anApplication(round, "sjl", "活动物资=6000")), "stationCode");
    Map<String, Object> wrongTrack = VentureApi.anApplication(round, "xbhbl", "活动物资=6000");
    wrongTrack.put("track", "体育");
    assertField(api.post(login(orgA), "/api/processes/micro-venture/start", wrongTrack), "track");
    assertThat(count("venture_application")).isEqualTo(applications);

    String no = api.submit(login(orgA), VentureApi.anApplication(round, "xbhbl", "活动物资=6000"));
    api.completed("leader", no, "Task_Screen", Map.of("outcome", "pass", "note", "通过"));
    assertField(api.complete(reviewers.get(0), api.taskOf(reviewers.get(0), no, "Task_Score"),
        Map.of("scores", "need=90, feasible=80")), "scores");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM venture_review v JOIN venture_application a"
        + " ON a.id = v.application_id WHERE a.application_no = ?", Integer.class, no)).isZero();
  }

  @Test
  void everyEndpointAnswersEveryRoleAsItShould() {
    long round = aRound(100000);
    String no = api.submit(login(orgA), VentureApi.anApplication(round, "xbhbl", "活动物资=6000"));
    Map<String, Object> anOrg = VentureApi.anOrganization("某社工服务中心", CreditCodeTests.aCreditCode(), "xbhbl");
    Map<String, Object> aRound = VentureApi.aRound("leader", reviewers, List.of(), 100000);
    for (String who : List.of("xbhbl-worker", "xbhbl-supervisor", "mentor", login(orgA))) {
      assertThat(api.post(who, "/api/organizations", anOrg).getStatusCode().value()).as(who).isEqualTo(403);
      assertThat(api.post(who, "/api/venture/rounds", aRound).getStatusCode().value()).as(who).isEqualTo(403);
      assertThat(api.post(who, "/api/organizations/" + orgA.get("id") + "/members", Map.of("username", who))
          .getStatusCode().value()).as(who).isEqualTo(403);
    }
    for (String who : List.of("leader", "admin")) {
      assertThat(api.get(who, "/api/venture/rounds/" + round).getStatusCode().value()).isEqualTo(200);
      assertThat(api.get(who, "/api/venture/applications/" + no).getStatusCode().value()).isEqualTo(200);
      assertThat(api.get(who, "/api/organizations/" + orgA.get("id")).getStatusCode().value()).isEqualTo(200);
    }
    for (String who : List.of("xbhbl-worker", "sjl-worker", "mentor", login(orgA), login(orgB))) {
      assertThat(api.get(who, "/api/venture/rounds/" + round).getStatusCode().value()).as(who).isEqualTo(200);
    }
    assertThat(api.get("mentor", "/api/venture/applications/" + no).getStatusCode().value()).isEqualTo(200);
    assertThat(api.get("xbhbl-worker", "/api/venture/applications/" + no).getStatusCode().value()).isEqualTo(200);
    assertThat(api.get("sjl-supervisor", "/api/venture/applications/" + no).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get(login(orgA), "/api/organizations/" + orgA.get("id")).getStatusCode().value()).isEqualTo(200);
    assertThat(api.get(login(orgB), "/api/organizations/" + orgA.get("id")).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("sjl-worker", "/api/organizations/" + orgA.get("id")).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("leader", "/api/venture/rounds/999999999").getStatusCode().value()).isEqualTo(404);
    // only organisations start applications; staff may not
    assertThat(api.post("xbhbl-worker", "/api/processes/micro-venture/start",
        VentureApi.anApplication(round, "xbhbl", "活动物资=6000")).getStatusCode().value()).isEqualTo(403);
    // an organisation login reads no case, client or other station's task of the district
    assertThat(json(api.get(login(orgA), "/api/tasks?size=200")).get("items"))
        .allMatch(t -> t.get("processKey") == null || "micro-venture".equals(t.get("processKey").asText()));
    assertThat(api.get(login(orgA), "/api/cases").getStatusCode().value()).isIn(200, 403, 404);
    if (api.get(login(orgA), "/api/cases").getStatusCode().value() == 200) {
      assertThat(json(api.get(login(orgA), "/api/cases")).toString()).doesNotContain("XBHBL-");
    }
  }

  private void assertField(ResponseEntity<String> r, String field) {
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(400);
    assertThat(json(r).get("errors").has(field)).as(r.getBody()).isTrue();
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}

package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.organization.DemoData;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.system.NumberSequences;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo district: Lu'an's 31 incubated social-work organisations (names in the style of Lu'an's), each serving
 * one or two stations; a finished round of last year (ten projects closed, their tranches paid, two not funded) and
 * this year's round in review (twelve applications passed screening, each waiting for the expert supervisor's
 * score). The demo login {@code org-demo} belongs to the first organisation. With the Lu'an demo district
 * ({@code socialwork.demo-data=luan}) the 31 organisations alone, over its township stations. Off in the tests
 * ({@code socialwork.venture.demo-data=false}): its twelve scoring tasks would sit in the demo mentor's inbox.
 */
@Component
@Order(7)
class DemoVenture implements ApplicationRunner {

  static final String DEMO_LOGIN = "org-demo";
  private static final String[] COUNTIES = {"金安区", "裕安区", "叶集区", "霍邱县", "舒城县", "金寨县", "霍山县"};
  private static final String[] NAMES = {"阳光", "同心", "邻里守望", "春晖", "向日葵", "皖西", "大别山", "银龄",
      "暖心", "启航", "绿荫", "乐和", "朝阳", "益家", "心桥"};
  private static final String[] KINDS = {"社会工作服务中心", "社工服务社", "社会工作发展中心"};
  private static final String[] PROJECTS = {"银龄互助", "四点半课堂", "困境儿童陪伴成长", "邻里议事会", "独居老人探访",
      "留守儿童假期课堂", "残障人士康复支持", "社区志愿者培育"};
  private static final String[] TRACKS = {"为老", "为小", "特殊群体", "社区治理"};

  private final VentureMapper venture;
  private final Stations stations;
  private final NumberSequences numbers;
  private final RuntimeService runtime;
  private final Clock clock;
  private final DemoData demoData;
  private final boolean ventureDemo;

  DemoVenture(VentureMapper venture, Stations stations, NumberSequences numbers, RuntimeService runtime,
              Clock clock, DemoData demoData,
              @Value("${socialwork.venture.demo-data:true}") boolean ventureDemo) {
    this.venture = venture;
    this.stations = stations;
    this.numbers = numbers;
    this.runtime = runtime;
    this.clock = clock;
    this.demoData = demoData;
    this.ventureDemo = ventureDemo;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    boolean organisationsOnly = demoData.luan();
    if (!ventureDemo || !(demoData.taiyanggong() || organisationsOnly) || !venture.findRounds().isEmpty()
        || organisationsOnly && venture.countOrganizations() > 0) {
      return;
    }
    if (organisationsOnly) {
      organisations(LocalDateTime.now(clock).withNano(0));
    } else {
      load();
    }
  }

  /** The organisations and the two rounds, in the caller's transaction. */
  void load() {
    List<Station> active = stations.active();
    if (active.isEmpty()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    List<Long> organisations = organisations(now);
    if (venture.findMemberOrganization(DEMO_LOGIN).isEmpty()) {
      venture.insertMember(DEMO_LOGIN, organisations.get(0));
    }
    finishedRound(organisations, active, now);
    roundInReview(organisations, active, now);
  }

  /**
   * Lu'an's 31 organisations, each serving one or two of the active stations (of its own county, when the stations
   * name counties as Lu'an's do); their ids.
   */
  private List<Long> organisations(LocalDateTime now) {
    List<Station> active = stations.active();
    List<Long> organisations = new ArrayList<>();
    if (active.isEmpty()) {
      return organisations;
    }
    Map<String, List<String>> byCounty = new HashMap<>();
    stations.counties().forEach((code, county) -> byCounty.computeIfAbsent(county, c -> new ArrayList<>()).add(code));
    for (int i = 0; i < 31; i++) {
      VentureMapper.Key key = new VentureMapper.Key();
      String county = COUNTIES[i % COUNTIES.length];
      String name = county + NAMES[i % NAMES.length] + KINDS[i % KINDS.length];
      venture.insertOrganization(new SocialOrganization(null, name, code(i), "六安市民政局", "负责人" + (i + 1),
          "0564-33" + String.format("%05d", 61000 + i), null, null, "leader", now), key);
      List<String> own = byCounty.get(county);
      if (own != null) {
        int at = i / COUNTIES.length;
        venture.insertOrganizationStation(key.id, own.get(at % own.size()));
        if (i % 3 == 0 && own.size() > 1) {
          venture.insertOrganizationStation(key.id, own.get((at + 1) % own.size()));
        }
      } else {
        venture.insertOrganizationStation(key.id, active.get(i % active.size()).code());
        if (i % 3 == 0 && active.size() > 1) {
          venture.insertOrganizationStation(key.id, active.get((i + 1) % active.size()).code());
        }
      }
      organisations.add(key.id);
    }
    return organisations;
  }

  private Long round(String title, LocalDate opens, LocalDate closes, int budget, LocalDateTime now) {
    VentureMapper.Key key = new VentureMapper.Key();
    venture.insertRound(new VentureRound(null, title, String.join("|", TRACKS), new BigDecimal(budget),
        BigDecimal.ZERO, new BigDecimal("5000"), new BigDecimal("20000"), "50,30,20", "leader", opens, closes,
        closes.plusDays(20), closes.plusDays(45), VentureRound.OPEN, "leader", now, closes.plusMonths(4),
        closes.plusMonths(8)), key);
    List<VentureRound.Criterion> criteria = List.of(new VentureRound.Criterion("need", "社区需求", 20),
        new VentureRound.Criterion("rooted", "扎根本土", 15), new VentureRound.Criterion("participation", "居民参与", 15),
        new VentureRound.Criterion("feasible", "可行性", 15), new VentureRound.Criterion("innovation", "创新性", 10),
        new VentureRound.Criterion("sustainable", "可持续性", 10), new VentureRound.Criterion("budget", "预算合理", 15));
    for (int i = 0; i < criteria.size(); i++) {
      venture.insertCriterion(key.id, criteria.get(i), i);
    }
    venture.insertReviewer(key.id, new VentureRound.Reviewer("mentor", false), 0);
    return key.id;
  }

  private String number(int year) {
    return "WGY-" + year + "-" + String.format("%04d", numbers.next("venture-application", year));
  }

  private void finishedRound(List<Long> organisations, List<Station> active, LocalDateTime now) {
    LocalDate opens = now.toLocalDate().minusYears(1).withDayOfYear(60);
    Long round = round(opens.getYear() + "年度微公益创投", opens, opens.plusDays(30), 200000, now);
    for (int i = 0; i < 12; i++) {
      long org = organisations.get(i);
      String station = venture.findOrganizationStations(org).get(0);
      BigDecimal amount = new BigDecimal(10000 + 1000 * (i % 8));
      VentureMapper.Key key = new VentureMapper.Key();
      boolean funded = i < 10;
      venture.insertApplication(new VentureApplication(null, number(opens.getYear()), round, org, station,
          PROJECTS[i % PROJECTS.length], TRACKS[i % TRACKS.length], "社区居民", 40 + i * 5, "每周活动，每月总结",
          amount, null, funded ? VentureApplication.CLOSED : VentureApplication.REJECTED, null, null, null, null,
          new BigDecimal(92 - i * 2), funded ? amount : null, null, null, null, null, null, "leader",
          opens.plusDays(5).atTime(10, 0), funded ? opens.plusMonths(10) : null, funded ? "结项" : null), key);
      venture.insertBudgetLine(key.id, "活动物资", amount.subtract(new BigDecimal("3000")));
      venture.insertBudgetLine(key.id, "宣传与印刷", new BigDecimal("3000"));
      venture.insertReview(key.id, "mentor", false, new BigDecimal(92 - i * 2), "需求明确", opens.plusDays(40).atTime(9, 0));
      if (funded) {
        venture.commit(round, amount);
        VentureRound r = venture.findRound(round).orElseThrow();
        LocalDate approved = opens.plusDays(50);
        venture.insertLedger(key.id, "APPROVED", null, amount, approved, null, "leader", approved.atTime(9, 0));
        for (int n = 1; n <= 3; n++) {
          BigDecimal t = r.tranche(amount, n);
          venture.insertLedger(key.id, "PLANNED", n, t, approved, null, "leader", approved.atTime(9, 0));
          LocalDate paid = approved.plusMonths(1 + 4L * (n - 1));
          venture.insertLedger(key.id, "PAID", n, t, paid, "记-" + opens.getYear() + "-" + (100 + i * 3 + n),
              "leader", paid.atTime(15, 0));
        }
      }
    }
  }

  private void roundInReview(List<Long> organisations, List<Station> active, LocalDateTime now) {
    LocalDate opens = now.toLocalDate().minusDays(20);
    Long round = round(now.getYear() + "年度微公益创投（第二期）", opens, now.toLocalDate().plusDays(10), 300000, now);
    for (int i = 0; i < 12; i++) {
      long org = organisations.get(12 + i);
      String station = venture.findOrganizationStations(org).get(0);
      BigDecimal amount = new BigDecimal(8000 + 1000 * (i % 10));
      VentureMapper.Key key = new VentureMapper.Key();
      String no = number(now.getYear());
      venture.insertApplication(new VentureApplication(null, no, round, org, station, PROJECTS[(i + 3) % PROJECTS.length],
          TRACKS[i % TRACKS.length], "社区居民", 30 + i * 4, "每周活动，每月总结", amount, null,
          VentureApplication.REVIEW, null, null, null, null, null, null, null, null, null, null, null, "leader",
          now.minusDays(10), null, null), key);
      venture.insertBudgetLine(key.id, "活动物资", amount);
      Map<String, Object> v = new HashMap<>();
      v.put(VentureVariables.APPLICATION_ID, key.id);
      v.put(VentureVariables.ROUND_ID, round);
      v.put(VentureVariables.STATION_CODE, station);
      v.put(VentureVariables.OFFICER, "leader");
      v.put(VentureVariables.APPLICANT, DEMO_LOGIN);
      v.put(VentureVariables.REVIEWERS, new ArrayList<>(List.of("mentor")));
      v.put(VentureVariables.DEBARRED, false);
      v.put(VentureVariables.SCREENING, "pass");
      String pi = runtime.createProcessInstanceByKey(VentureVariables.PROCESS_KEY).businessKey(no).setVariables(v)
          .startBeforeActivity(VentureVariables.TASK_SCORE + "#multiInstanceBody").execute().getId();
      venture.setApplicationProcess(key.id, pi);
    }
  }

  /** A valid credit code per GB 32100 for demo organisation i: 52 (private non-enterprise unit) in Lu'an 341500. */
  static String code(int i) {
    String first = "52341500MJ" + String.format("%07d", 1000 + i * 37);
    return first + CreditCode.checkCharacter(first);
  }
}

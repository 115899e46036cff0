package org.socialwork.flow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.organization.OrganizationMapper;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.supervision.SupervisionMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * monthly-meeting in the application: opened for a month, one report per active station of the district (a station
 * added to the district reports at the next meeting without a change to the model), reports pre-filled with the
 * month's figures, agenda and minutes by the leading group, minutes' action items tracked, escalated when overdue and
 * carried onto the next month's agenda; reports in scope only. Each test works on its own far-future month.
 */
@ApplicationTest
class MeetingIntegrationTests {

  /** A far-future year of this run's own, so the suite runs again on the same database (months open once). */
  private static final int YEAR = 3000 + (int) (System.currentTimeMillis() / 60_000L % 6000);
  private static final String Y = String.valueOf(YEAR);

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ManagementService management;

  @Autowired
  OrganizationMapper organization;

  @Autowired
  SupervisionMapper supervision;

  @Autowired
  StaffDirectory staff;

  @Autowired
  JdbcTemplate jdbc;

  IntakeFlow api;

  /** The leading group's dashboard figure {@code figure} for a station (0 when the station is not listed). */
  private long dashboard(String figure, String station) {
    return IntakeFlow.json(api.get("leader", "/api/dashboard")).get(figure).path(station).asLong(0);
  }

  @BeforeEach
  void setUp() {
    api = new IntakeFlow(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private JsonNode open(String month) {
    ResponseEntity<String> opened = api.post("leader", "/api/meetings/open?month=" + month, null);
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
    return IntakeFlow.json(opened);
  }

  private List<Task> reportTasks(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Task_StationReport")
        .list();
  }

  private String stationOf(Task t) {
    return (String) taskService.getVariable(t.getId(), "stationCode");
  }

  private Map<String, Object> report(String issues) {
    Map<String, Object> form = new HashMap<>();
    form.put("casesOpened", 2);
    form.put("casesClosed", 1);
    form.put("overdueTasks", 0);
    form.put("sessions", 1);
    form.put("supervisionHours", "1.5");
    form.put("issues", issues);
    form.put("requests", "请求协调志愿者");
    return form;
  }

  /** Files every station's report: through the API as the station's supervisor when the station has one. */
  private void fileAllReports(String processInstanceId) {
    for (Task t : reportTasks(processInstanceId)) {
      String station = stationOf(t);
      if (staff.find(station + "-supervisor").isPresent()) {
        api.complete(station + "-supervisor", t.getId(), report(station + " 站本月问题"));
      } else {
        taskService.complete(t.getId());
      }
    }
  }

  @Test
  void everyActiveStationReportsThenAgendaMinutesAndTrackedActionItems() {
    JsonNode meeting = open("" + Y + "-01");
    String pi = meeting.get("processInstanceId").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey())
        .isEqualTo("MTG-" + Y + "-01");
    List<Task> reports = reportTasks(pi);
    List<String> active = organization.findActiveStations().stream().map(Station::code).toList();
    assertThat(reports).hasSize(active.size());
    assertThat(reports).map(this::stationOf).containsExactlyInAnyOrderElementsOf(active);

    String xbhbl = reports.stream().filter(t -> "xbhbl".equals(stationOf(t))).findFirst().orElseThrow().getId();
    assertThat(taskService.getIdentityLinksForTask(xbhbl)).extracting(IdentityLink::getGroupId)
        .containsExactly("station-xbhbl-supervisor");
    assertThat(api.taskOf("xbhbl-supervisor", "MTG-" + Y + "-01", "Task_StationReport")).isEqualTo(xbhbl);
    assertThat(api.get("sjl-supervisor", "/api/tasks/" + xbhbl).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("xbhbl-worker", "/api/tasks/" + xbhbl).getStatusCode().value()).isEqualTo(404);

    api.complete("xbhbl-supervisor", xbhbl, report("助餐志愿者不足"));
    JsonNode status = IntakeFlow.json(api.get("leader", "/api/meetings/" + Y + "-01"));
    assertThat(status.get("meeting").get("status").asText()).isEqualTo("REPORTING");
    assertThat(filed(status)).containsExactly("xbhbl");
    JsonNode sjlView = IntakeFlow.json(api.get("sjl-supervisor", "/api/meetings/" + Y + "-01"));
    assertThat(sjlView.get("reports")).hasSize(1);
    assertThat(sjlView.get("reports").get(0).get("stationCode").asText()).isEqualTo("sjl");

    assertThat(api.signedIn("sjl-supervisor").get().uri("/tasks?tab=unclaimed").retrieve().toEntity(String.class)
        .getBody()).as("the report's meeting number leads to the meeting").contains("href=\"/meetings/" + Y + "-01\"");
    fileAllReports(pi);
    assertThat(api.signedIn("sjl-supervisor").get().uri("/tasks?tab=done").retrieve().toEntity(String.class)
        .getBody()).as("the filed report is in the done tab").contains("MTG-" + Y + "-01");
    String agenda = api.taskOf("leader", "MTG-" + Y + "-01", "Task_DraftAgenda");
    String drafted = api.get("leader", "/api/tasks/" + agenda).getBody();
    assertThat(IntakeFlow.json(api.get("leader", "/api/tasks/" + agenda)).get("values").get("agenda").asText())
        .contains("助餐志愿者不足").contains("sjl 站本月问题");
    assertThat(drafted).isNotBlank();
    api.complete("leader", agenda, Map.of("plannedOn", LocalDate.now().toString(), "agenda", "一、听取汇报\n二、研究志愿者支援"));

    long openItems = dashboard("openActionItemsByStation", "sjl");
    long overdueItems = dashboard("overdueActionItemsByStation", "sjl");
    String minutes = api.taskOf("leader", "MTG-" + Y + "-01", "Task_RecordMinutes");
    Map<String, Object> form = new HashMap<>();
    form.put("heldOn", LocalDate.now().toString());
    form.put("attendees", "王建国、张晓梅、赵丽华");
    form.put("reportsHeard", "各站汇报");
    form.put("decisions", "一、尚家楼站牵头制定志愿者招募方案。");
    form.put("actionItem1", "制定志愿者招募方案");
    form.put("owner1", "sjl-supervisor");
    form.put("due1", LocalDate.now().plusDays(3).toString());
    api.complete("leader", minutes, form);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();

    JsonNode held = IntakeFlow.json(api.get("leader", "/api/meetings/" + Y + "-01"));
    assertThat(held.get("meeting").get("status").asText()).isEqualTo("HELD");
    long itemId = held.get("actionItems").get(0).get("id").asLong();
    assertThat(held.get("actionItems").get(0).get("stationCode").asText()).isEqualTo("sjl");
    assertThat(api.signedIn("leader").get().uri("/meetings/" + Y + "-01/minutes").retrieve().toEntity(String.class)
        .getBody()).contains("尚家楼站牵头制定志愿者招募方案").contains("制定志愿者招募方案");
    // the dashboard counts the new item as open at sjl, not yet overdue; past its due day it counts as overdue too
    assertThat(dashboard("openActionItemsByStation", "sjl")).isEqualTo(openItems + 1);
    assertThat(dashboard("overdueActionItemsByStation", "sjl")).isEqualTo(overdueItems);
    jdbc.update("UPDATE action_item SET due_on = ? WHERE id = ?", LocalDate.now().minusDays(1), itemId);
    assertThat(dashboard("overdueActionItemsByStation", "sjl")).isEqualTo(overdueItems + 1);
    assertThat(api.signedIn("leader").get().uri("/inspections/dashboard/action-items?overdue=true&station=sjl")
        .retrieve().toEntity(String.class).getBody()).contains("data-item=\"" + itemId + "\"").contains("/meetings/" + Y + "-01");
    assertThat(dashboard("overdueActionItemsByStation", "xbhbl")).as("another station's figure").isZero();

    // the item is sjl-supervisor's task; it goes overdue, escalates to the leading group, and is carried over
    String item = api.taskOf("sjl-supervisor", "ACT-" + itemId, "Task_CompleteActionItem");
    assertThat(api.get("xbhbl-supervisor", "/api/tasks/" + item).getStatusCode().value()).isEqualTo(404);
    String itemInstance = taskService.createTaskQuery().taskId(item).singleResult().getProcessInstanceId();
    Job overdue = management.createJobQuery().processInstanceId(itemInstance).timers().singleResult();
    LocalDate afterDue = LocalDate.now().plusDays(5);
    ClockUtil.setCurrentTime(Date.from(afterDue.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    management.executeJob(overdue.getId());
    String followUp = api.taskOf("leader", "ACT-" + itemId, "Task_FollowUpActionItem");
    assertThat(api.get("sjl-supervisor", "/api/tasks/" + followUp).getStatusCode().value()).isEqualTo(404);

    JsonNode next = open("" + Y + "-02");
    JsonNode nextMeeting = IntakeFlow.json(api.get("leader", "/api/meetings/" + Y + "-02"));
    List<Long> carried = new ArrayList<>();
    nextMeeting.get("carriedItems").forEach(c -> carried.add(c.get("id").asLong()));
    assertThat(carried).contains(itemId);
    fileAllReports(next.get("processInstanceId").asText());
    String nextAgenda = api.taskOf("leader", "MTG-" + Y + "-02", "Task_DraftAgenda");
    assertThat(IntakeFlow.json(api.get("leader", "/api/tasks/" + nextAgenda)).get("values").get("agenda").asText())
        .contains("制定志愿者招募方案");

    api.complete("leader", followUp, Map.of("note", "已电话提醒，下周完成"));
    api.complete("sjl-supervisor", item, Map.of("outcome", "方案已制定"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(itemInstance).count()).isZero();
    assertThat(dashboard("openActionItemsByStation", "sjl")).as("done items leave the figure").isEqualTo(openItems);
  }

  private static List<String> filed(JsonNode meeting) {
    List<String> out = new ArrayList<>();
    meeting.get("reports").forEach(r -> {
      if (!r.get("filedAt").isNull()) {
        out.add(r.get("stationCode").asText());
      }
    });
    return out;
  }

  @Test
  void aStationAddedToTheDistrictReportsAtTheNextMeeting() {
    JsonNode before = open("" + Y + "-05");
    int stationsBefore = reportTasks(before.get("processInstanceId").asText()).size();
    String code = "mt" + Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36);
    organization.insertStation(new Station(code, "taiyanggong", "新建社区社工站" + code, "新建社区", false, true));

    JsonNode after = open("" + Y + "-06");
    List<Task> reports = reportTasks(after.get("processInstanceId").asText());
    assertThat(reports).hasSize(stationsBefore + 1);
    assertThat(reports).anyMatch(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
        .anyMatch(l -> ("station-" + code + "-supervisor").equals(l.getGroupId())));
    assertThat(reportTasks(before.get("processInstanceId").asText())).as("the open meeting keeps its stations")
        .hasSize(stationsBefore);
  }

  @Test
  void theReportOpensWithTheFiguresOfTheMonthJustEnded() {
    // the October meeting reviews September
    String month = "" + Y + "-10";
    SupervisionMapper.SessionRow row = new SupervisionMapper.SessionRow();
    Long pairId = supervision.findPairs(new org.socialwork.flow.supervision.SupervisionScope("admin", true, List.of()),
        false).stream().filter(p -> "xbhbl".equals(p.stationCode())).findFirst().orElseThrow().id();
    row.pairId = pairId;
    row.stationCode = "xbhbl";
    row.scheduledOn = LocalDate.of(YEAR, 9, 2);
    row.status = "SCHEDULED";
    supervision.insertSession(row);
    supervision.recordSession(row.id, LocalDate.of(YEAR, 9, 2), "individual", "议题", "意见", null,
        new BigDecimal("2.5"), "mentor", java.time.LocalDateTime.now());

    JsonNode meeting = open(month);
    String task = reportTasks(meeting.get("processInstanceId").asText()).stream()
        .filter(t -> "xbhbl".equals(stationOf(t))).findFirst().orElseThrow().getId();
    JsonNode values = IntakeFlow.json(api.get("xbhbl-supervisor", "/api/tasks/" + task)).get("values");
    assertThat(values.get("sessions").asInt()).isEqualTo(1);
    assertThat(values.get("supervisionHours").decimalValue()).isEqualByComparingTo("2.5");
    assertThat(values.get("casesOpened").asInt()).isZero();
    assertThat(api.signedIn("xbhbl-supervisor").get().uri("/tasks/" + task).retrieve().toEntity(String.class)
        .getBody()).contains("value=\"2.5\"");
  }

  @Test
  void onlyTheLeadingGroupAndAdministratorsOpenAMeetingAndAMonthOpensOnce() {
    assertThat(api.post("xbhbl-supervisor", "/api/meetings/open?month=" + Y + "-11", null).getStatusCode().value())
        .isEqualTo(403);
    JsonNode first = open("" + Y + "-11");
    JsonNode again = IntakeFlow.json(api.post("admin", "/api/meetings/open?month=" + Y + "-11", null));
    assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("MTG-" + Y + "-11").count()).isEqualTo(1);
    assertThat(api.get("sjl-worker", "/api/meetings/" + Y + "-11").getStatusCode().value()).isEqualTo(200);
    assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/meetings/" + Y + "-11")).get("reports")).hasSize(1);
  }
}

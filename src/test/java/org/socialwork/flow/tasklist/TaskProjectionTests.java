package org.socialwork.flow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.Fixtures;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.Staff;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The task projection as the engine keeps it, the paged /api/tasks and the inbox page over it. */
@ApplicationTest
@RecordApplicationEvents
class TaskProjectionTests {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TaskService tasks;

  @Autowired
  TaskProjectionBackfill backfill;

  @Autowired
  MockMvc mvc;

  @Autowired
  StaffDirectory staff;

  @Autowired
  ApplicationEvents events;

  @Test
  void theEngineListenerKeepsTheRowAndItsCandidatesAndPublishesEachChange() {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");

    Map<String, Object> row = jdbc.queryForMap("SELECT * FROM task_item WHERE task_id = ?", task);
    assertThat(row.get("subject_kind")).isEqualTo("case");
    assertThat(row.get("business_key")).isEqualTo(caseNo);
    assertThat(row.get("label")).isEqualTo("王秀英");
    assertThat(row.get("station_code")).isEqualTo("xbhbl");
    assertThat(row.get("link")).isEqualTo("/cases/" + caseNo);
    assertThat(row.get("assignee")).isEqualTo("xbhbl-worker");

    tasks.addCandidateGroup(task, "leading-group");
    assertThat(candidates(task)).contains("G:leading-group");
    tasks.deleteCandidateGroup(task, "leading-group");
    assertThat(candidates(task)).doesNotContain("G:leading-group").contains("G:station-xbhbl-worker");

    tasks.setDueDate(task, new Date(System.currentTimeMillis() - 3_600_000L));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_item WHERE task_id = ? AND due < ?", Integer.class,
        task, LocalDateTime.now())).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_item_candidate WHERE task_id = ? AND due_sort < ?",
        Integer.class, task, LocalDateTime.now())).isPositive();
    assertThat(events.stream(TaskEvent.class).filter(e -> e.taskId().equals(task)).map(TaskEvent::type))
        .contains(TaskEvent.Type.CANDIDATES_CHANGED, TaskEvent.Type.DUE_CHANGED);

    tasks.setAssignee(task, null);
    // events are recorded for this thread (the engine calls above), not for the HTTP requests' threads
    assertThat(events.stream(TaskEvent.class).filter(e -> e.taskId().equals(task)).map(TaskEvent::type))
        .contains(TaskEvent.Type.ASSIGNED);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_item_candidate WHERE task_id = ? AND unassigned = 1",
        Integer.class, task)).isPositive();
    assertThat(IntakeFlow.json(api.get("xbhbl-worker2", "/api/tasks?tab=unclaimed&size=200&businessKey=" + caseNo))
        .get("items").get(0).get("id").asText()).isEqualTo(task);
    assertThat(IntakeFlow.json(api.get("xbhbl-worker2", "/api/tasks?tab=unclaimed&overdue=true&businessKey=" + caseNo))
        .get("total").asInt()).isEqualTo(1);
    assertThat(IntakeFlow.json(api.get("xbhbl-worker2", "/api/tasks?tab=unclaimed&overdue=false&businessKey=" + caseNo))
        .get("total").asInt()).isZero();
    assertThat(IntakeFlow.json(api.get("sjl-worker", "/api/tasks?tab=unclaimed&businessKey=" + caseNo))
        .get("total").asInt()).as("another station's worker").isZero();

    api.post("xbhbl-worker", "/api/tasks/" + task + "/claim", Map.of());
    api.complete("xbhbl-worker", task, Map.of("decision", "accept"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_item WHERE task_id = ?", Integer.class, task)).isZero();
    assertThat(jdbc.queryForObject("SELECT business_key FROM task_done WHERE task_id = ? AND username = ?",
        String.class, task, "xbhbl-worker")).isEqualTo(caseNo);
    JsonNode done = IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks?tab=done&size=200"));
    assertThat(done.get("total").asInt()).isPositive();
  }

  @Test
  void theBackfillWritesMissingRowsWithoutAnnouncingThem() {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");
    jdbc.update("DELETE FROM task_item_candidate WHERE task_id = ?", task);
    jdbc.update("DELETE FROM task_item WHERE task_id = ?", task);
    jdbc.update("INSERT INTO task_item (task_id, process_key, task_key, process_instance_id, process_definition_id, "
        + "created, due_sort) VALUES ('no-such-task', 'intake', 'x', 'x', 'x', ?, ?)", LocalDateTime.now().withNano(0),
        LocalDateTime.now().withNano(0));
    events.clear();

    assertThat(backfill.backfill()).isPositive();

    assertThat(jdbc.queryForObject("SELECT business_key FROM task_item WHERE task_id = ?", String.class, task))
        .isEqualTo(caseNo);
    assertThat(candidates(task)).contains("G:station-xbhbl-worker");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM task_item WHERE task_id = 'no-such-task'", Integer.class))
        .isZero();
    assertThat(events.stream(TaskEvent.class).count()).as("no event for old tasks").isZero();
  }

  @Test
  void theTaskListIsPagedAndBadParametersAreNamed() {
    IntakeFlow api = new IntakeFlow(port);
    api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));

    JsonNode all = IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks?tab=mine&size=200"));
    int total = all.get("total").asInt();
    assertThat(total).isGreaterThanOrEqualTo(2);
    assertThat(all.get("page").asInt()).isZero();
    assertThat(all.get("size").asInt()).isEqualTo(200);
    JsonNode first = IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks?tab=mine&size=1&page=0"));
    JsonNode second = IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks?tab=mine&size=1&page=1"));
    assertThat(first.get("items")).hasSize(1);
    assertThat(second.get("items")).hasSize(1);
    assertThat(first.at("/items/0/id").asText()).isNotEqualTo(second.at("/items/0/id").asText());
    // the count stops at 99 (or through the page asked for): on a database used before, a long tab says "at least"
    assertThat(first.get("total").asInt()).isEqualTo(Math.min(total, Inbox.COUNT_CAP + 1));
    assertThat(first.get("totalExact").asBoolean()).isEqualTo(total <= Inbox.COUNT_CAP);
    // one order: overdue first, then by due date (no due date last), then by age
    String previous = "";
    for (JsonNode t : all.get("items")) {
      String key = t.get("due").isNull() ? "9999" : t.get("due").asText();
      assertThat(key).isGreaterThanOrEqualTo(previous);
      previous = key;
    }
    // without a tab: own tasks first, then the unclaimed ones, paged across both
    JsonNode mixed = IntakeFlow.json(api.get("xbhbl-worker", "/api/tasks?size=200"));
    assertThat(mixed.get("total").asInt()).isGreaterThanOrEqualTo(total);

    for (String[] bad : new String[][] {{"tab=soon", "tab"}, {"size=201", "size"}, {"size=0", "size"},
        {"page=-1", "page"}, {"page=x", "page"}, {"overdue=maybe", "overdue"}}) {
      var answer = api.get("xbhbl-worker", "/api/tasks?" + bad[0]);
      assertThat(answer.getStatusCode().value()).as(bad[0]).isEqualTo(400);
      assertThat(IntakeFlow.json(answer).get("errors").has(bad[1])).as(answer.getBody()).isTrue();
    }
  }

  @Test
  void theInboxShowsCountsSearchesAndLandsOnUnclaimedWhenNothingIsMine() throws Exception {
    IntakeFlow api = new IntakeFlow(port);
    String caseNo = api.register("xbhbl-worker", Fixtures.anIntake("xbhbl"));
    String task = api.taskOf("xbhbl-worker", caseNo, "Task_ScreenIntake");

    String page = Staff.page(mvc, staff, "/tasks?tab=mine&q=" + caseNo, "xbhbl-worker");
    assertThat(page).contains("data-task=\"" + task + "\"").contains("data-count=\"unclaimed\"")
        .contains("id=\"inbox-q\"").contains("id=\"filter-process\"");
    assertThat(Staff.page(mvc, staff, "/tasks?tab=mine&q=NO-SUCH-CASE-X", "xbhbl-worker")).doesNotContain(task);
    // in English the task and the process filter read as the model's English names, not the Chinese ones
    String english = Staff.page(mvc, staff, "/tasks?tab=mine&lang=en&q=" + caseNo, "xbhbl-worker");
    assertThat(english).contains("class=\"task-link\">Screen the intake request</a>")
        .contains(">Intake</option>").doesNotContain("筛查接案请求");
    assertThat(Staff.page(mvc, staff, "/tasks?tab=mine&process=monthly-meeting&q=" + caseNo, "xbhbl-worker"))
        .doesNotContain(task);

    api.post("xbhbl-worker", "/api/tasks/" + task + "/unclaim", Map.of());
    // a worker of the station with no task of their own lands on the unclaimed tab
    String username = "land-" + Long.toString(System.currentTimeMillis(), 36);
    jdbc.update("INSERT INTO person (username, full_name, active, created_at) VALUES (?, '新社工', TRUE, ?)", username,
        LocalDateTime.now().withNano(0));
    jdbc.update("INSERT INTO person_role (username, role, station_code) VALUES (?, 'WORKER', 'xbhbl')", username);
    String landing = Staff.page(mvc, staff, "/tasks", username);
    assertThat(landing).contains("class=\"active\" id=\"tab-unclaimed\"").contains("data-task=\"" + task + "\"");
  }

  private java.util.List<String> candidates(String task) {
    return jdbc.queryForList("SELECT candidate_type, candidate FROM task_item_candidate WHERE task_id = ?", task)
        .stream().map(r -> r.get("candidate_type") + ":" + r.get("candidate")).toList();
  }
}

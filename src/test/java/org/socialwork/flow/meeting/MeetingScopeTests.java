package org.socialwork.flow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.socialwork.flow.IntakeFlow;
import org.socialwork.flow.organization.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agenda opens pre-written from every station's report and the minutes retell them: a station's reader (worker,
 * station supervisor) gets the meeting through page, minutes page and API without any other station's report text;
 * the leading group sees it all.
 */
@ApplicationTest
class MeetingScopeTests {

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired StaffDirectory staff;
  @Autowired JdbcTemplate jdbc;

  /** A month no earlier run on this database has opened (the window allows 120 months ahead in tests). */
  String freeMonth() {
    List<String> taken = jdbc.queryForList("SELECT meeting_month FROM meeting", String.class);
    for (YearMonth m = YearMonth.now().plusMonths(61); ; m = m.plusMonths(1)) {
      if (!taken.contains(m.toString())) {
        return m.toString();
      }
    }
  }

  Map<String, Object> report(String issues) {
    Map<String, Object> form = new HashMap<>();
    form.put("casesOpened", 1);
    form.put("casesClosed", 0);
    form.put("overdueTasks", 0);
    form.put("sessions", 1);
    form.put("supervisionHours", "1");
    form.put("issues", issues);
    form.put("requests", "协调" + issues);
    return form;
  }

  @Test
  void aStationReaderSeesNoOtherStationsReportTextTheLeadingGroupSeesAll() {
    IntakeFlow api = new IntakeFlow(port);
    String month = freeMonth();
    ResponseEntity<String> opened = api.post("leader", "/api/meetings/open?month=" + month, null);
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
    String pi = IntakeFlow.json(opened).get("processInstanceId").asText();
    for (Task t : taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_StationReport").list()) {
      String station = (String) taskService.getVariable(t.getId(), "stationCode");
      if (staff.find(station + "-supervisor").isPresent()) {
        api.complete(station + "-supervisor", t.getId(), report("机密" + station + "问题"));
      } else {
        taskService.complete(t.getId());
      }
    }
    String key = "MTG-" + month;
    String agendaTask = api.taskOf("leader", key, "Task_DraftAgenda");
    String agenda = IntakeFlow.json(api.get("leader", "/api/tasks/" + agendaTask)).get("values").get("agenda").asText();
    assertThat(agenda).contains("机密xbhbl问题").contains("机密sjl问题");
    api.complete("leader", agendaTask, Map.of("plannedOn", LocalDate.now().toString(), "agenda", agenda));

    // while the agenda stands (status AGENDA) and after the minutes (HELD)
    assertScoped(api, month, false);
    String minutes = api.taskOf("leader", key, "Task_RecordMinutes");
    Map<String, Object> form = new HashMap<>();
    form.put("heldOn", LocalDate.now().toString());
    form.put("attendees", "王建国");
    form.put("reportsHeard", "听取了：机密xbhbl问题；机密sjl问题");
    form.put("decisions", "一、区级决定事项。");
    api.complete("leader", minutes, form);
    assertScoped(api, month, true);
  }

  void assertScoped(IntakeFlow api, String month, boolean held) {
    for (String reader : new String[] {"sjl-supervisor", "sjl-worker"}) {
      String json = api.get(reader, "/api/meetings/" + month).getBody();
      assertThat(json).as(reader + " API").doesNotContain("机密xbhbl问题");
      JsonNode m = IntakeFlow.json(api.get(reader, "/api/meetings/" + month));
      assertThat(m.get("withheld").asBoolean()).isTrue();
      assertThat(m.get("meeting").get("agenda").isNull()).isTrue();
      assertThat(api.get(reader, "/api/meetings").getBody()).as(reader + " overview").doesNotContain("机密xbhbl问题");
      String page = api.signedIn(reader).get().uri("/meetings/" + month).retrieve().toEntity(String.class).getBody();
      assertThat(page).as(reader + " page").doesNotContain("机密xbhbl问题").contains("id=\"withheld\"");
      if (held) {
        String print = api.signedIn(reader).get().uri("/meetings/" + month + "/minutes").retrieve()
            .toEntity(String.class).getBody();
        assertThat(print).as(reader + " minutes").doesNotContain("机密xbhbl问题").contains("区级决定事项");
      }
    }
    assertThat(api.get("sjl-supervisor", "/api/meetings/" + month).getBody()).contains("机密sjl问题");
    JsonNode all = IntakeFlow.json(api.get("leader", "/api/meetings/" + month));
    assertThat(all.get("withheld").asBoolean()).isFalse();
    assertThat(all.get("meeting").get("agenda").asText()).contains("机密xbhbl问题").contains("机密sjl问题");
    String page = api.signedIn("leader").get().uri("/meetings/" + month).retrieve().toEntity(String.class).getBody();
    assertThat(page).contains("机密xbhbl问题").doesNotContain("id=\"withheld\"");
    if (held) {
      assertThat(all.get("meeting").get("reportsHeard").asText()).contains("机密xbhbl问题");
      assertThat(api.signedIn("leader").get().uri("/meetings/" + month + "/minutes").retrieve()
          .toEntity(String.class).getBody()).contains("机密xbhbl问题");
    }
  }
}

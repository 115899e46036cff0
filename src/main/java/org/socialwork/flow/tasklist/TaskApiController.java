package org.socialwork.flow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tasks as JSON, for scripts and other systems. Same use case and validation as the pages. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "Open tasks of the caller: list, read with form, claim, release, complete")
class TaskApiController {

  private final Inbox inbox;
  private final TaskCompletion completion;
  private final TaskReading reading;

  TaskApiController(Inbox inbox, TaskCompletion completion, TaskReading reading) {
    this.reading = reading;
    this.inbox = inbox;
    this.completion = completion;
  }

  @GetMapping
  @Operation(summary = "The caller's open tasks: assigned to them first, then unclaimed ones of their groups")
  List<TaskJson> list(@AuthenticationPrincipal StaffMember member) {
    LocalDateTime now = inbox.now();
    List<TaskJson> out = new ArrayList<>();
    inbox.mine(member, 0).items().forEach(t -> out.add(TaskJson.of(t, now)));
    inbox.unclaimed(member, 0).items().forEach(t -> out.add(TaskJson.of(t, now)));
    return out;
  }

  @GetMapping("/{taskId}")
  @Operation(summary = "One task with its form schema (Camunda Forms JSON) and the values the form opens with")
  TaskDetailJson read(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member) {
    WorkItem task = reading.read(taskId, member, "API");
    return new TaskDetailJson(TaskJson.of(task, inbox.now()), completion.formOf(task).document(),
        completion.currentValues(task));
  }

  @PostMapping("/{taskId}/claim")
  @Operation(summary = "Take an unclaimed task; 409 if someone else holds it")
  ResponseEntity<Void> claim(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member) {
    completion.claim(taskId, member);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{taskId}/unclaim")
  @Operation(summary = "Give a task back to its group")
  ResponseEntity<Void> unclaim(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member) {
    completion.unclaim(taskId, member);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{taskId}/complete")
  @Operation(summary = "Complete with the form's fields as JSON; 400 with field messages when invalid")
  ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody Map<String, Object> fields,
                                @AuthenticationPrincipal StaffMember member) {
    completion.complete(taskId, fields, member);
    return ResponseEntity.noContent().build();
  }

  record TaskJson(String id, String name, String taskKey, String processKey, String businessKey, String station,
                  String client, LocalDateTime created, LocalDateTime due, boolean overdue, String assignee) {

    static TaskJson of(WorkItem t, LocalDateTime now) {
      return new TaskJson(t.id(), t.name(), t.taskKey(), t.processKey(), t.caseNo(), t.stationCode(),
          t.clientName(), t.created(), t.due(), t.overdueAt(now), t.assignee());
    }
  }

  record TaskDetailJson(TaskJson task, JsonNode form, Map<String, Object> values) {
  }
}

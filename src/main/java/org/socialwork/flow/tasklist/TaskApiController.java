package org.socialwork.flow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormDocument;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.FormWithOptions;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tasks as JSON, for scripts and other systems. Same use case and validation as the pages. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "Open tasks of the caller: list (paged, by tab), read with form, claim, release, "
    + "complete")
class TaskApiController {

  private final Inbox inbox;
  private final TaskCompletion completion;
  private final FormWithOptions withOptions;
  private final List<TaskContext> contexts;
  private final TaskReading reading;

  TaskApiController(Inbox inbox, TaskCompletion completion, FormWithOptions withOptions,
                    List<TaskContext> contexts, TaskReading reading) {
    this.reading = reading;
    this.inbox = inbox;
    this.completion = completion;
    this.withOptions = withOptions;
    this.contexts = contexts;
  }

  @GetMapping
  @Operation(summary = "The caller's tasks, one page: {items, total, totalExact, page, size}; the total is counted up "
      + "to 99 or through the page asked for plus one, totalExact false when the count stopped there. Without tab: the caller's own "
      + "tasks first, then the unclaimed ones of their groups, paged across both. Every tab is in one order: overdue "
      + "first, then by due date, then by age. 400 names the bad parameter.")
  PageJson list(@AuthenticationPrincipal StaffMember member,
                @Parameter(description = "mine, unclaimed, escalated or done") @RequestParam(required = false) String tab,
                @Parameter(description = "page number from 0") @RequestParam(required = false) String page,
                @Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) String size,
                @Parameter(description = "process definition key") @RequestParam(required = false) String processKey,
                @Parameter(description = "task definition key (BPMN id)") @RequestParam(required = false) String taskKey,
                @Parameter(description = "the subject's number (case no., pair no., meeting, inspection no.)")
                @RequestParam(required = false) String businessKey,
                @Parameter(description = "station code") @RequestParam(required = false) String station,
                @Parameter(description = "true: only overdue tasks; false: only tasks not overdue")
                @RequestParam(required = false) String overdue) {
    int p = number("page", page, 0, 0, Integer.MAX_VALUE / Inbox.MAX_SIZE);
    int s = number("size", size, Inbox.PAGE_SIZE, 1, Inbox.MAX_SIZE);
    Boolean late = null;
    if (overdue != null && !overdue.isBlank()) {
      if (!overdue.equals("true") && !overdue.equals("false")) {
        throw new BadParameterException("overdue", "overdue must be true or false");
      }
      late = Boolean.valueOf(overdue);
    }
    TaskFilter filter = new TaskFilter(processKey, taskKey, businessKey, station, late, null);
    LocalDateTime now = inbox.now();
    if ("done".equals(tab)) {
      if (filter != null && (processKey != null || taskKey != null || businessKey != null || station != null
          || late != null)) {
        throw new BadParameterException("tab", "the done tab takes only page and size");
      }
      Inbox.DonePage done = inbox.done(member, p, s);
      return new PageJson(done.items().stream().map(d -> (Object) new DoneJson(d.id(), d.name(), d.caseNo(),
          d.clientName(), d.ended(), d.link())).toList(), done.total(), done.exact(), p, s);
    }
    Inbox.Page shown;
    if (tab == null || tab.isBlank()) {
      shown = inbox.mineThenUnclaimed(member, filter, p, s);
    } else {
      Inbox.Tab t = switch (tab) {
        case "mine" -> Inbox.Tab.MINE;
        case "unclaimed" -> Inbox.Tab.UNCLAIMED;
        case "escalated" -> Inbox.Tab.ESCALATED;
        default -> throw new BadParameterException("tab", "tab must be mine, unclaimed, escalated or done");
      };
      shown = inbox.page(member, t, filter, p, s);
    }
    return new PageJson(shown.items().stream().map(t -> (Object) TaskJson.of(t, now)).toList(), shown.total(),
        shown.exact(), p, s);
  }

  private static int number(String name, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw new BadParameterException(name, name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, name + " must be a whole number");
    }
  }

  @GetMapping("/{taskId}")
  @Operation(summary = "One task with its form schema (Camunda Forms JSON) and the values the form opens with")
  TaskDetailJson read(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member, Locale locale) {
    WorkItem task = reading.read(taskId, member, "API");
    FormWithOptions.Filled form = withOptions.of(completion.formOf(task),
        new FormContext(member.username(), task.stationCode()));
    List<FormDocument> documents = contexts.stream()
        .flatMap(c -> c.documents(task, member, locale).stream()).toList();
    return new TaskDetailJson(TaskJson.of(task, inbox.now()), form.form(), form.data(),
        completion.currentValues(task), documents);
  }

  @PostMapping("/{taskId}/claim")
  @Operation(summary = "Take an unclaimed task; 409 if someone else holds it or it was completed meanwhile")
  ResponseEntity<Void> claim(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member) {
    completion.claim(taskId, member);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{taskId}/unclaim")
  @Operation(summary = "Give a task back to its group; 409 if it is not the caller's")
  ResponseEntity<Void> unclaim(@PathVariable String taskId, @AuthenticationPrincipal StaffMember member) {
    completion.unclaim(taskId, member);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{taskId}/complete")
  @Operation(summary = "Complete with the form's fields as JSON; 400 with field messages when invalid, 409 when "
      + "someone else completed or holds it")
  ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody Map<String, Object> fields,
                                @AuthenticationPrincipal StaffMember member) {
    completion.complete(taskId, fields, member);
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(BadParameterException.class)
  ResponseEntity<Map<String, Object>> badParameter(BadParameterException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "bad_parameter",
        "message", e.getMessage(), "errors", Map.of(e.parameter, e.getMessage())));
  }

  /** A query parameter of /api/tasks that is not valid: 400 naming it. */
  static class BadParameterException extends RuntimeException {

    final String parameter;

    BadParameterException(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }
  }

  /** {@code total} is exact when {@code totalExact}; otherwise at least that many tasks (and a next page) exist. */
  record PageJson(List<Object> items, int total, boolean totalExact, int page, int size) {
  }

  record TaskJson(String id, String name, String taskKey, String processKey, String businessKey, String station,
                  String client, String subject, String kind, String link, LocalDateTime created, LocalDateTime due,
                  boolean overdue, String assignee) {

    static TaskJson of(WorkItem t, LocalDateTime now) {
      return new TaskJson(t.id(), t.name(), t.taskKey(), t.processKey(), t.caseNo(), t.stationCode(),
          t.clientName(), t.clientName(), t.kind(), t.link(), t.created(), t.due(),
          t.overdueAt(now), t.assignee());
    }
  }

  record DoneJson(String id, String name, String businessKey, String subject, LocalDateTime ended, String link) {
  }

  /**
   * {@code form} carries each valuesKey field's allowed values; {@code data} has them keyed by valuesKey;
   * {@code documents} are what the task decides on (the plan, the closure report …), worded as on the page.
   */
  record TaskDetailJson(TaskJson task, JsonNode form, Map<String, List<FormOption>> data,
                        Map<String, Object> values, List<FormDocument> documents) {
  }
}

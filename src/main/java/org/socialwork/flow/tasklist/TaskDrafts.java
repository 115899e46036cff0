package org.socialwork.flow.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 保存草稿: what someone typed into a task's form, kept without validation until they come back, per task and person,
 * removed when the task ends. Only the person holding the task saves a draft (the others would overwrite each other's
 * work); the task page opens with it instead of the form's stored values.
 */
@Component
public class TaskDrafts {

  /** A draft larger than this is refused (400): a form's text fields together stay far below it. */
  static final int MAX_CHARS = 60_000;

  private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() { };

  private final TaskItemMapper items;
  private final TaskCompletion completion;
  private final ObjectMapper json;
  private final Clock clock;

  TaskDrafts(TaskItemMapper items, TaskCompletion completion, ObjectMapper json, Clock clock) {
    this.items = items;
    this.completion = completion;
    this.json = json;
    this.clock = clock;
  }

  /** Saves the values as the member's draft of the task (replacing an earlier one); 409 unless they hold it. */
  @Transactional
  public LocalDateTime save(String taskId, Map<String, Object> values, StaffMember member) {
    WorkItem task = completion.find(taskId, member);
    if (!member.username().equals(task.assignee())) {
      throw new WorkItemConflictException("task.conflict.notYours", "Claim task " + taskId + " before saving a draft");
    }
    String text;
    try {
      text = json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (text.length() > MAX_CHARS) {
      throw new InvalidParameterException("draft", "A draft holds at most " + MAX_CHARS + " characters");
    }
    LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    try {
      if (items.updateDraft(taskId, member.username(), now, text) == 0) {
        items.insertDraft(taskId, member.username(), now, text);
      }
    } catch (RuntimeException e) {
      if (TaskCompletion.isRace(e)) { // two saves at once (a double click): the first one's draft stands
        throw new WorkItemConflictException("task.conflict.draft", "The draft of task " + taskId
            + " was saved meanwhile");
      }
      throw e;
    }
    return now;
  }

  /** The member's draft of the task, if they saved one. */
  @Transactional(readOnly = true)
  public Optional<Saved> find(String taskId, StaffMember member) {
    return items.findDraft(taskId, member.username()).map(d -> {
      try {
        return new Saved(d.savedAt(), json.readValue(d.valuesJson(), VALUES));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Unreadable draft of task " + taskId, e);
      }
    });
  }

  /** A draft as stored. */
  public record Draft(LocalDateTime savedAt, String valuesJson) {
  }

  /** A draft as the page reopens it. */
  public record Saved(LocalDateTime savedAt, Map<String, Object> values) {
  }
}

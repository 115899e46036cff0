package org.socialwork.flow.supervision;

import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.tasklist.SubjectDescriber;
import org.socialwork.flow.tasklist.TaskSubject;
import org.springframework.stereotype.Component;

/**
 * Mentor-supervision tasks work on a pair (its number is the business key, its page /supervision/pairs/{no}),
 * action-item tasks on an action item (shown under its meeting or session). Station and label come from the
 * process variables {@code stationCode} (none for district items) and {@code subject}.
 */
@Component
class SupervisionSubjects implements SubjectDescriber {

  private final ActionItemMapper items;

  SupervisionSubjects(ActionItemMapper items) {
    this.items = items;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(SupervisionVariables.PROCESS_KEY, SupervisionVariables.ACTION_ITEM_PROCESS_KEY);
  }

  @Override
  public Optional<TaskSubject> describe(TaskFacts task) {
    String station = task.variable().apply(SupervisionVariables.STATION_CODE) instanceof String s ? s : null;
    String subject = task.variable().apply(SupervisionVariables.SUBJECT) instanceof String s ? s : null;
    if (SupervisionVariables.PROCESS_KEY.equals(task.processKey())) {
      return Optional.of(new TaskSubject("supervision-pair", task.businessKey(), subject, station,
          task.businessKey() == null ? null : "/supervision/pairs/" + task.businessKey(),
          task.variable().apply(SupervisionVariables.PAIR_ID) instanceof Number n ? n.longValue() : null));
    }
    Long itemId = task.variable().apply(SupervisionVariables.ACTION_ITEM_ID) instanceof Number n ? n.longValue() : null;
    Optional<ActionItem> item = itemId == null ? Optional.empty() : items.findItem(itemId);
    return Optional.of(new TaskSubject("action-item", task.businessKey(),
        subject != null ? subject : item.map(ActionItem::title).orElse(null),
        station != null ? station : item.map(ActionItem::stationCode).orElse(null),
        item.map(a -> a.meetingMonth() != null ? "/meetings/" + a.meetingMonth()
            : a.sessionId() != null ? "/supervision/sessions/" + a.sessionId() : null).orElse(null), itemId));
  }
}

package org.socialwork.flow.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.organization.Role;
import org.springframework.stereotype.Component;

/**
 * Action items (督办事项) of sessions and meetings: each stored and tracked by its own {@code action-item}
 * instance, started in the caller's transaction. Overdue items escalate to the leading group (meeting items)
 * or to the station's resident supervisors (session items).
 */
@Component
public class ActionItems {

  /** How many action items a session or minutes form offers (fields actionItem1…, owner1…, due1…). */
  public static final int SLOTS = 3;

  private final ActionItemMapper items;
  private final RuntimeService runtime;
  private final Clock clock;

  public ActionItems(ActionItemMapper items, RuntimeService runtime, Clock clock) {
    this.items = items;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * Items in scope across months: district items (no station) and the reader's stations'; {@code source},
   * {@code station} (one station's only), {@code openOnly} and {@code overdueBefore} (due before that day, still
   * open) narrow it. Due first, at most {@code limit}.
   */
  public List<ActionItem> inScope(DataScope scope, String source, String station, boolean openOnly,
                                  LocalDate overdueBefore, int limit) {
    return items.findInScope(scope, source, station, openOnly, overdueBefore, limit, 0);
  }

  /** One page of the same, with the total over all pages. */
  public ListPage<ActionItem> pageInScope(DataScope scope, String station, boolean openOnly, LocalDate overdueBefore,
                                          Paging paging) {
    return ListPage.of(items.findInScope(scope, null, station, openOnly, overdueBefore, paging.size(),
        paging.offset()), items.countInScope(scope, null, station, openOnly, overdueBefore), paging);
  }

  /** A meeting's items of the district (no station) and of the scope's stations. */
  public List<ActionItem> ofMeeting(Long meetingId, DataScope scope) {
    return items.findOfMeeting(meetingId, scope);
  }

  /** The items carried onto a meeting's agenda, of the district and of the scope's stations. */
  public List<ActionItem> carriedTo(Long meetingId, DataScope scope) {
    return items.findCarriedTo(meetingId, scope);
  }

  /** Open meeting items due before the day: what a new meeting carries onto its agenda. */
  public List<ActionItem> openMeetingItemsDueBefore(LocalDate day) {
    return items.findOpenMeetingItemsDueBefore(day);
  }

  /** An item as a form gives it. */
  public record Draft(String title, String owner, LocalDate dueOn) {
  }

  /**
   * The items filled in on a form; an item needs its owner and due date, which must not be past. Rejects into
   * {@code errors} field by field.
   */
  public List<Draft> drafts(FormData form, FormErrors errors) {
    List<Draft> drafts = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    for (int i = 1; i <= SLOTS; i++) {
      String title = form.text("actionItem" + i);
      if (title == null || title.isBlank()) {
        continue;
      }
      String owner = form.text("owner" + i);
      LocalDate due = form.date("due" + i);
      if (owner == null || owner.isBlank()) {
        errors.reject("owner" + i, "form.required");
      }
      if (due == null) {
        errors.reject("due" + i, "form.required");
      } else if (due.isBefore(today)) {
        errors.reject("due" + i, "form.notPast");
      }
      drafts.add(new Draft(title.trim(), owner, due));
    }
    return drafts;
  }

  public void fromSession(Long sessionId, String stationCode, List<Draft> drafts, String subject) {
    for (Draft d : drafts) {
      start(ActionItem.FROM_SESSION, sessionId, null, stationCode, d, Role.SUPERVISOR.group(stationCode), subject);
    }
  }

  /** Meeting items belong to the district unless {@code stationOf} names the owner's station. */
  public void fromMeeting(Long meetingId, List<Draft> drafts, java.util.function.Function<String, String> stationOf,
                          String subject) {
    for (Draft d : drafts) {
      start(ActionItem.FROM_MEETING, null, meetingId, stationOf.apply(d.owner()), d, Role.LEADING_GROUP, subject);
    }
  }

  private void start(String source, Long sessionId, Long meetingId, String stationCode, Draft d,
                     String escalationGroup, String subject) {
    ActionItemMapper.ItemRow row = new ActionItemMapper.ItemRow();
    row.source = source;
    row.sessionId = sessionId;
    row.meetingId = meetingId;
    row.stationCode = stationCode;
    row.title = d.title();
    row.owner = d.owner();
    row.dueOn = d.dueOn();
    row.status = ActionItem.OPEN;
    row.createdAt = LocalDateTime.now(clock);
    items.insertItem(row);
    Map<String, Object> variables = new HashMap<>();
    variables.put(SupervisionVariables.ACTION_ITEM_ID, row.id);
    variables.put(SupervisionVariables.OWNER, d.owner());
    variables.put(SupervisionVariables.DUE_AT, dueAt(d.dueOn()));
    variables.put(SupervisionVariables.ESCALATION_GROUP, escalationGroup);
    variables.put(SupervisionVariables.STATION_CODE, stationCode);
    variables.put(SupervisionVariables.SUBJECT, subject + "：" + shorten(d.title()));
    String id = runtime.startProcessInstanceByKey(SupervisionVariables.ACTION_ITEM_PROCESS_KEY, "ACT-" + row.id,
        variables).getId();
    items.updateProcess(row.id, id);
  }

  /** An item is overdue from the start of the day after its due day. */
  Date dueAt(LocalDate dueOn) {
    return Date.from(dueOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}

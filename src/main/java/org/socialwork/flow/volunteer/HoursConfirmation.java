package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.ConflictException;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 确认服务时长: the organiser confirms everyone's hours and a rating for the whole roster at once, in one transaction:
 * each confirmed person's hours are capped by the activity's duration and the rule's cap; people not named get their
 * checked-in time (zero without a check-in and check-out). Then the hours are publicly posted for the posting period
 * (the process's timer), after which they enter the ledgers. Per person through {@code POST /api/activities/{no}/hours};
 * one common number for everyone who checked in through the task form ({@code volunteer-activity-hours}).
 */
@Component
class HoursConfirmation implements TaskFormHandler {

  private final ActivityMapper activities;
  private final VolunteerAccess access;
  private final Ledgers ledgers;
  private final VolunteerSettings settings;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Clock clock;

  HoursConfirmation(ActivityMapper activities, VolunteerAccess access, Ledgers ledgers, VolunteerSettings settings,
                    TaskService tasks, IdentityService identity, Clock clock) {
    this.activities = activities;
    this.access = access;
    this.ledgers = ledgers;
    this.settings = settings;
    this.tasks = tasks;
    this.identity = identity;
    this.clock = clock;
  }

  record Confirmed(String volunteerNo, BigDecimal hours, Integer rating) {
  }

  @Override
  public String formId() {
    return "volunteer-activity-hours";
  }

  /** The task form: the same hours (capped) for everyone confirmed who checked in; zero for the others. */
  @Override
  public Map<String, Object> complete(WorkItem task, FormData form, StaffMember member) {
    Activity a = activities.findByProcessInstance(task.processInstanceId()).orElseThrow();
    Activity locked = activities.lockById(a.id()).require(Activity.PUBLISHED, "volunteer.hours.notOpen");
    Integer rating = form.number("rating") == null ? null : form.number("rating").intValue();
    Map<Long, BigDecimal> hours = new HashMap<>();
    Map<Long, Integer> ratings = new HashMap<>();
    for (Signup s : activities.findSignups(a.id())) {
      if (Signup.CONFIRMED.equals(s.status()) && s.checkInAt() != null) {
        hours.put(s.id(), form.number("hours"));
        ratings.put(s.id(), rating);
      }
    }
    store(locked, hours, ratings, member);
    return Map.of();
  }

  /** {@code entries: [{volunteerNo, hours, rating}]}; any invalid entry: 400 naming it, nothing stored. */
  @Transactional
  public List<Confirmed> confirm(String activityNo, Fields body, StaffMember member) {
    Activity seen = access.activity(activityNo, member);
    if (!VolunteerAccess.manages(member, seen.stationCode())) {
      throw new AccessDeniedException("Only the station's staff confirm hours");
    }
    Activity a = activities.lockById(seen.id()).require(Activity.PUBLISHED, "volunteer.hours.notOpen");
    Task task = tasks.createTaskQuery().processInstanceId(a.processInstanceId())
        .taskDefinitionKey(VolunteerVariables.TASK_CONFIRM_HOURS).singleResult();
    if (task == null) {
      throw new ConflictException("volunteer.hours.notOpen", "The hours of " + activityNo + " are not open");
    }
    Map<String, Signup> roster = new LinkedHashMap<>();
    for (Signup s : activities.findSignups(a.id())) {
      if (Signup.CONFIRMED.equals(s.status())) {
        roster.put(s.volunteerNo(), s);
      }
    }
    FormErrors errors = new FormErrors();
    Map<Long, BigDecimal> hours = new HashMap<>();
    Map<Long, Integer> ratings = new HashMap<>();
    Object raw = body.values().get("entries");
    if (!(raw instanceof List<?> entries)) {
      errors.reject("entries", "form.required");
      errors.throwIfAny(body.values());
      return List.of();
    }
    for (int i = 0; i < entries.size(); i++) {
      String field = "entries[" + i + "]";
      if (!(entries.get(i) instanceof Map<?, ?> m)) {
        errors.reject(field, "form.required");
        continue;
      }
      @SuppressWarnings("unchecked")
      Fields e = Fields.of((Map<String, ?>) m);
      String no = e.text("volunteerNo");
      Signup s = no == null ? null : roster.get(no);
      if (s == null) {
        errors.reject(field + ".volunteerNo", "volunteer.hours.notOnRoster");
        continue;
      }
      if (hours.containsKey(s.id())) {
        errors.reject(field + ".volunteerNo", "volunteer.hours.twice");
        continue;
      }
      try {
        BigDecimal h = e.number("hours");
        if (h == null) {
          errors.reject(field + ".hours", "form.required");
        } else if (h.signum() < 0 || h.compareTo(BigDecimal.valueOf(24)) > 0) {
          errors.reject(field + ".hours", "form.max", "24");
        } else {
          hours.put(s.id(), h);
        }
      } catch (NumberFormatException ex) {
        errors.reject(field + ".hours", "form.number");
      }
      try {
        BigDecimal r = e.number("rating");
        if (r != null && (r.scale() > 0 && r.stripTrailingZeros().scale() > 0 || r.intValue() < 1 || r.intValue() > 5)) {
          errors.reject(field + ".rating", "form.max", "5");
        } else if (r != null) {
          ratings.put(s.id(), r.intValue());
        }
      } catch (NumberFormatException ex) {
        errors.reject(field + ".rating", "form.number");
      }
    }
    errors.throwIfAny(body.values());
    List<Confirmed> out = store(a, hours, ratings, member);
    identity.setAuthenticatedUserId(member.username());
    try {
      if (!member.username().equals(task.getAssignee())) {
        tasks.setAssignee(task.getId(), member.username());
      }
      tasks.complete(task.getId());
    } finally {
      identity.clearAuthentication();
    }
    return out;
  }

  /** Stores every confirmed person's capped hours (named ones as given, the others by their check-in) and posts. */
  private List<Confirmed> store(Activity a, Map<Long, BigDecimal> given, Map<Long, Integer> ratings,
                                StaffMember member) {
    PointsRule rule = ledgers.rule(a.ruleCode());
    BigDecimal duration = a.durationHours();
    List<Confirmed> out = new ArrayList<>();
    for (Signup s : activities.findSignups(a.id())) {
      if (!Signup.CONFIRMED.equals(s.status())) {
        continue;
      }
      BigDecimal h = given.getOrDefault(s.id(), a.servedHours(s.checkInAt(), s.checkOutAt()));
      BigDecimal credited = rule.creditedHours(h, duration);
      Integer rating = ratings.get(s.id());
      activities.setHours(s.id(), credited, rating);
      out.add(new Confirmed(s.volunteerNo(), credited, rating));
    }
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    activities.markPosting(a.id(), member.username(), now, now.plus(Period.parse(settings.postingPeriod())));
    return out;
  }
}

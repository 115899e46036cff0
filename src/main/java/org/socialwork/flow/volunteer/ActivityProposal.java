package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NumberSequences;
import org.socialwork.flow.tasklist.StartFormHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * 提出志愿活动: a station worker proposes an activity (title, content, recipients, place, date, start and end, places,
 * insurance). It is stored as PROPOSED with its number {@code HD-<station>-<yyyy>-<nnnn>} and goes to the station's
 * supervisors. The proposer organises it (shows the check-in code, confirms the hours).
 */
@Component
@EnableConfigurationProperties(VolunteerSettings.class)
class ActivityProposal implements StartFormHandler {

  private final ActivityMapper activities;
  private final NumberSequences numbers;
  private final VolunteerSettings settings;
  private final Clock clock;

  ActivityProposal(ActivityMapper activities, NumberSequences numbers, VolunteerSettings settings, Clock clock) {
    this.activities = activities;
    this.numbers = numbers;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return VolunteerVariables.PROCESS_KEY;
  }

  @Override
  public boolean mayStart(StaffMember member) {
    return member.has(Role.WORKER);
  }

  @Override
  public Map<String, Object> initialValues(StaffMember member) {
    return Map.of("date", LocalDate.now(clock).plusDays(7), "startTime", "09:00", "endTime", "11:00",
        "quota", 10);
  }

  @Override
  public Start prepare(FormData form, StaffMember member) {
    FormErrors errors = new FormErrors();
    LocalTime start = LocalTime.parse(form.text("startTime"));
    LocalTime end = LocalTime.parse(form.text("endTime"));
    if (!end.isAfter(start)) {
      errors.reject("endTime", "volunteer.activity.endBeforeStart");
    }
    LocalDateTime startsAt = form.date("date").atTime(start);
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    if (!startsAt.isAfter(now)) {
      errors.reject("startTime", "volunteer.activity.startPast");
    }
    boolean insurance = form.flag("insuranceRequired");
    String insuredBy = form.isBlank("insuredBy") ? null : form.text("insuredBy").trim();
    if (insurance && insuredBy == null) {
      errors.reject("insuredBy", "volunteer.activity.insuredBy");
    }
    errors.throwIfAny(form.values());
    BigDecimal closes = form.number("signupClosesHours");
    LocalDateTime deadline = startsAt.minusHours(closes == null ? 0 : closes.longValue());
    if (deadline.isBefore(now)) {
      deadline = startsAt;
    }
    String station = form.text("stationCode");
    String no = String.format("HD-%s-%d-%04d", station, startsAt.getYear(),
        numbers.next("volunteer-activity-" + station, startsAt.getYear()));
    Activity a = new Activity(null, no, form.text("title").trim(), form.text("content").trim(),
        form.isBlank("recipients") ? null : form.text("recipients").trim(), form.text("place").trim(), station, null,
        member.username(), startsAt, form.date("date").atTime(end), deadline, form.number("quota").intValue(), 0,
        insurance, insuredBy, "default", Activity.PROPOSED, null, null, null, null, null, null, null, null, null,
        null, member.username(), now);
    VolunteerMapper.Key key = new VolunteerMapper.Key();
    activities.insertActivity(a, key);
    return new Start(no, null, VolunteerVariables.atStart(key.id, station, member.username(), member.username(),
        settings.postingPeriod(), a.endsAt(), clock.getZone()));
  }

  @Override
  public void started(Start start, String processInstanceId) {
    activities.setProcessInstance((Long) start.variables().get(VolunteerVariables.ACTIVITY_ID), processInstanceId);
  }

  @Override
  public String pageAfterStart(String businessKey) {
    return "/volunteer/activities/" + businessKey;
  }
}

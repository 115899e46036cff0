package org.socialwork.flow.volunteer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Volunteers, teams, activities' sign-ups, check-in and hours as JSON, in the caller's scope. Activities start through
 * {@code POST /api/processes/volunteer-activity/start}; their approval tasks go through {@code /api/tasks}.
 */
@RestController
@Tag(name = "volunteers", description = "Volunteer service (志愿服务): volunteers, teams, sign-up, check-in, hours, ledgers")
class VolunteerApiController {

  private final VolunteerRegistration registration;
  private final VolunteerRecords records;
  private final VolunteerAccess access;
  private final Teams teams;
  private final SignUps signUps;
  private final Attendance attendance;
  private final HoursConfirmation hours;
  private final Ledgers ledgers;
  private final VolunteerStats stats;
  private final ActivityCancellation cancellation;
  private final Clock clock;

  VolunteerApiController(VolunteerRegistration registration, VolunteerRecords records, VolunteerAccess access,
                         Teams teams, SignUps signUps, Attendance attendance, HoursConfirmation hours,
                         Ledgers ledgers, VolunteerStats stats, ActivityCancellation cancellation, Clock clock) {
    this.cancellation = cancellation;
    this.registration = registration;
    this.records = records;
    this.access = access;
    this.teams = teams;
    this.signUps = signUps;
    this.attendance = attendance;
    this.hours = hours;
    this.ledgers = ledgers;
    this.stats = stats;
    this.clock = clock;
  }

  @GetMapping("/api/volunteer/stats")
  @Operation(summary = "Figures per station in scope for a month (month=yyyy-MM) or a year (year=yyyy, default this "
      + "year): activities, volunteers, active volunteers, hours, average hours, points issued and redeemed")
  VolunteerStats.Report stats(@RequestParam(required = false) String month, @RequestParam(required = false) String year,
                              @AuthenticationPrincipal StaffMember member) {
    if (!VolunteerAccess.isStaff(member)) {
      throw new AccessDeniedException("Volunteers read their own figures on their record");
    }
    return stats.of(month, year, Year.now(clock), member);
  }

  @PostMapping("/api/volunteers")
  @Operation(summary = "Register a volunteer ({fullName, idNumber, phone, stationCode, skills[], consent, password?, "
      + "referredBy?}): 201 {volunteerNo, username}")
  ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> body,
                                               @AuthenticationPrincipal StaffMember member) {
    VolunteerRegistration.Registered r = registration.register(Fields.of(body), member);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("volunteerNo", r.volunteerNo());
    if (r.username() != null) {
      out.put("username", r.username());
    }
    return ResponseEntity.created(URI.create("/api/volunteers/" + r.volunteerNo())).body(out);
  }

  @GetMapping("/api/volunteers")
  @Operation(summary = "Volunteers in scope (no ID numbers), with hours and points; station, q (name or number)")
  List<VolunteerMapper.VolunteerRow> list(@RequestParam(required = false) String station,
                                          @RequestParam(required = false) String q,
                                          @AuthenticationPrincipal StaffMember member) {
    return records.volunteers(member, station, q);
  }

  @GetMapping("/api/volunteers/{no}")
  @Operation(summary = "A volunteer (read audited): hours, points, star, ledger entries; a volunteer sees only their own")
  VolunteerRecords.VolunteerPage read(@PathVariable String no, @AuthenticationPrincipal StaffMember member) {
    return records.volunteer(no, member, "api");
  }

  @PostMapping("/api/volunteers/{no}/corrections")
  @Operation(summary = "Correct an hours entry ({entryId, hours, reason}; station supervisors): a reversing entry")
  VolunteerRecords.VolunteerPage correct(@PathVariable String no, @RequestBody Map<String, Object> body,
                                         @AuthenticationPrincipal StaffMember member) {
    ledgers.correct(access.volunteer(no, member), Fields.of(body), member);
    return records.volunteer(no, member, "api");
  }

  @PostMapping("/api/volunteers/{no}/redemptions")
  @Operation(summary = "Redeem points ({points, item}; station staff): 409 beyond the balance; hours unchanged")
  Map<String, Object> redeem(@PathVariable String no, @RequestBody Map<String, Object> body,
                             @AuthenticationPrincipal StaffMember member) {
    return Map.of("points", ledgers.redeem(access.volunteer(no, member), Fields.of(body), member));
  }

  @GetMapping("/api/volunteer/teams")
  @Operation(summary = "Teams in scope with their members' volunteer numbers")
  List<Teams.TeamPage> teams(@AuthenticationPrincipal StaffMember member) {
    return teams.teams(member);
  }

  @PostMapping("/api/volunteer/teams")
  @Operation(summary = "Create a team ({name, kind, stationCode, leader, members[]})")
  ResponseEntity<Teams.TeamPage> createTeam(@RequestBody Map<String, Object> body,
                                            @AuthenticationPrincipal StaffMember member) {
    Teams.TeamPage t = teams.create(Fields.of(body), member);
    return ResponseEntity.created(URI.create("/api/volunteer/teams/" + t.id())).body(t);
  }

  @PostMapping("/api/volunteer/teams/{id}/members")
  @Operation(summary = "Add a member ({volunteerNo})")
  Teams.TeamPage addMember(@PathVariable Long id, @RequestBody Map<String, Object> body,
                           @AuthenticationPrincipal StaffMember member) {
    return teams.addMember(id, Fields.of(body).text("volunteerNo"), member);
  }

  @GetMapping("/api/activities")
  @Operation(summary = "Activities: in scope (staff), or published ones of the volunteer's station and teams")
  List<ActivityMapper.ActivityRow> activities(@RequestParam(required = false) String status,
                                              @AuthenticationPrincipal StaffMember member) {
    return records.activities(member, status);
  }

  @GetMapping("/api/activities/{no}")
  @Operation(summary = "An activity: places, roster (staff) or the caller's own sign-up (volunteer)")
  VolunteerRecords.ActivityPage activity(@PathVariable String no, @AuthenticationPrincipal StaffMember member) {
    return records.activity(no, member);
  }

  @PostMapping("/api/activities/{no}/signups")
  @Operation(summary = "Sign up ({volunteerNo}): 201 {status: confirmed|waitlisted}; 409 when signed up already")
  ResponseEntity<Map<String, Object>> signUp(@PathVariable String no, @RequestBody Map<String, Object> body,
                                             @AuthenticationPrincipal StaffMember member) {
    String volunteerNo = required(body, "volunteerNo");
    String status = signUps.signUp(no, volunteerNo, member);
    return ResponseEntity.created(URI.create("/api/activities/" + no + "/signups/" + volunteerNo))
        .body(Map.of("status", status));
  }

  @DeleteMapping("/api/activities/{no}/signups/{volunteerNo}")
  @Operation(summary = "Cancel a sign-up: the first on the waiting list moves up ({status, promoted})")
  Map<String, Object> cancel(@PathVariable String no, @PathVariable String volunteerNo,
                             @AuthenticationPrincipal StaffMember member) {
    SignUps.Cancelled c = signUps.cancel(no, volunteerNo, member);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", c.status());
    out.put("promoted", c.promoted());
    return out;
  }

  @PostMapping("/api/activities/{no}/cancel")
  @Operation(summary = "Cancel a published activity before it starts ({reason}; the organiser or the station's "
      + "supervisors): sign-ups end, the signed-up are told, no hours ({status, signupsEnded, notified}); 409 once "
      + "started or no longer published")
  ActivityCancellation.Cancelled cancelActivity(@PathVariable String no, @RequestBody Map<String, Object> body,
                                                @AuthenticationPrincipal StaffMember member) {
    return cancellation.cancel(no, Fields.of(body), member);
  }

  @GetMapping("/api/activities/{no}/code")
  @Operation(summary = "The check-in code for the organiser's phone ({code, expiresAt}); a new one once expired")
  Attendance.Code code(@PathVariable String no, @AuthenticationPrincipal StaffMember member) {
    return attendance.code(no, member);
  }

  @PostMapping("/api/activities/{no}/check-in")
  @Operation(summary = "Check in ({volunteerNo, code}): wrong code 400, expired code 409")
  Map<String, Object> checkIn(@PathVariable String no, @RequestBody Map<String, Object> body,
                              @AuthenticationPrincipal StaffMember member) {
    return Map.of("checkedInAt", attendance.checkIn(no, Fields.of(body), member).toString());
  }

  @PostMapping("/api/activities/{no}/check-out")
  @Operation(summary = "Check out ({volunteerNo, code}): wrong code 400, expired code 409")
  Map<String, Object> checkOut(@PathVariable String no, @RequestBody Map<String, Object> body,
                               @AuthenticationPrincipal StaffMember member) {
    return Map.of("checkedOutAt", attendance.checkOut(no, Fields.of(body), member).toString());
  }

  @PostMapping("/api/activities/{no}/hours")
  @Operation(summary = "Confirm the whole roster's hours at once ({entries: [{volunteerNo, hours, rating}]}); capped")
  Map<String, Object> confirmHours(@PathVariable String no, @RequestBody Map<String, Object> body,
                                   @AuthenticationPrincipal StaffMember member) {
    return Map.of("entries", hours.confirm(no, Fields.of(body), member));
  }

  private static String required(Map<String, Object> body, String field) {
    String value = Fields.of(body).text(field);
    if (value == null) {
      new FormErrors().reject(field, "form.required").throwIfAny(body);
    }
    return value;
  }
}

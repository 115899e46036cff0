package org.socialwork.flow.care;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Care visits as JSON, in the caller's scope: roster, tiers, visits and their records, coverage. */
@RestController
@Tag(name = "care", description = "Care visits (关爱探访): visit targets, tiers, planned visits, records, coverage")
class CareApiController {

  private final CareMapper care;
  private final CareRecords records;
  private final TargetRegistration registration;
  private final VisitRecording recording;
  private final TierChanges tierChanges;
  private final TierAdministration tiers;
  private final WeatherAlert weather;
  private final VolunteerPairing pairing;

  CareApiController(CareMapper care, CareRecords records, TargetRegistration registration, VisitRecording recording,
                    TierChanges tierChanges, TierAdministration tiers, WeatherAlert weather,
                    VolunteerPairing pairing) {
    this.weather = weather;
    this.pairing = pairing;
    this.care = care;
    this.records = records;
    this.registration = registration;
    this.recording = recording;
    this.tierChanges = tierChanges;
    this.tiers = tiers;
  }

  @GetMapping("/api/care/tiers")
  @Operation(summary = "Visit tiers: code, names, interval (ISO-8601 period), window before/after the due date")
  List<CareTier> tiers() {
    return care.findTiers();
  }

  @PutMapping("/api/care/tiers/{code}")
  @Operation(summary = "Edit a tier (administrators)")
  CareTier updateTier(@PathVariable String code, @RequestBody Map<String, Object> body,
                      @AuthenticationPrincipal StaffMember member) {
    return tiers.update(code, Submission.of(body), member);
  }

  @GetMapping("/api/care/categories")
  @Operation(summary = "Target categories with their default tier and target type (elder/child)")
  List<CareCategory> categories() {
    return care.findCategories();
  }

  @PostMapping("/api/care/targets")
  @Operation(summary = "Register a visit target; its first visit is planned at once when it consents")
  ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> body,
                                               @AuthenticationPrincipal StaffMember member) {
    CareTarget t = registration.register(Submission.of(body), member);
    return ResponseEntity.created(URI.create("/api/care/targets/" + t.id()))
        .body(Map.of("id", t.id(), "tier", t.tierCode()));
  }

  @GetMapping("/api/care/targets")
  @Operation(summary = "The roster in scope with each target's next visit, one page: {items, total, page, size}, next "
      + "visit due first (then id); due=yyyy-MM-dd (due by that day) or overdue; page from 0, size 1-200 (default 50)")
  ListPage<CareMapper.TargetRow> targets(@RequestParam(required = false) String station,
                                         @RequestParam(required = false) String tier,
                                         @RequestParam(required = false) String due,
                                         @RequestParam(required = false) String page,
                                         @RequestParam(required = false) String size,
                                         @AuthenticationPrincipal StaffMember member) {
    return records.roster(member, station, tier, due, Paging.of(page, size));
  }

  @GetMapping("/api/care/targets/{id}")
  @Operation(summary = "A target: the person (read audited), its visits and tier history")
  CareRecords.TargetPage target(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    return records.target(id, member, "api");
  }

  @PostMapping("/api/care/targets/{id}/tier")
  @Operation(summary = "Change a target's tier ({tier, note}); its next visit is re-planned from the new tier")
  Map<String, Object> changeTier(@PathVariable Long id, @RequestBody Map<String, Object> body,
                                 @AuthenticationPrincipal StaffMember member) {
    return next(tierChanges.changeTier(id, Submission.of(body), member));
  }

  @PostMapping("/api/care/weather-alert")
  @Operation(summary = "极端天气预警 ({tiers: [codes], note}): a visit within 24 h for every target of those tiers (all "
      + "when none) in the district (leading group, administrators) or the supervisor's stations; targets with an "
      + "open major-change visit are left as they are. Answers {targets, planned}")
  Map<String, Object> weatherAlert(@RequestBody(required = false) Map<String, Object> body,
                                   @AuthenticationPrincipal StaffMember member) {
    WeatherAlert.Result r = weather.raise(Submission.of(body), member);
    return Map.of("targets", r.targets(), "planned", r.planned());
  }

  @PostMapping("/api/care/targets/{id}/major-change")
  @Operation(summary = "A major change ({kind: discharge|bereavement|carer_left|weather, note}): a visit within 24 h")
  Map<String, Object> majorChange(@PathVariable Long id, @RequestBody Map<String, Object> body,
                                  @AuthenticationPrincipal StaffMember member) {
    return next(tierChanges.majorChange(id, Submission.of(body), member));
  }

  @PostMapping("/api/care/targets/{id}/volunteer")
  @Operation(summary = "Pair a target with a volunteer of its station who has a login ({volunteerNo}); the volunteer "
      + "gets a visit task of their own beside the worker's. 409 when the target is paired already")
  Map<String, Object> pair(@PathVariable Long id, @RequestBody Map<String, Object> body,
                           @AuthenticationPrincipal StaffMember member) {
    return pairingOf(pairing.pair(id, Submission.of(body), member));
  }

  @DeleteMapping("/api/care/targets/{id}/volunteer")
  @Operation(summary = "End a target's pairing with its volunteer (their open visit task goes). 409 when not paired")
  Map<String, Object> unpair(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    return pairingOf(pairing.unpair(id, member));
  }

  @GetMapping("/api/care/paired")
  @Operation(summary = "The signed-in volunteer's paired targets: name, ID number masked, next visit (id, due)")
  List<CareRecords.PairedTarget> paired(@AuthenticationPrincipal StaffMember member) {
    return records.paired(member, "api");
  }

  private static Map<String, Object> pairingOf(CareTarget t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", t.id());
    out.put("volunteerNo", t.volunteerNo());
    out.put("volunteerName", t.volunteerName());
    return out;
  }

  @GetMapping("/api/care/visits/{id}")
  @Operation(summary = "A planned or recorded visit")
  CareRecords.VisitPage visit(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    return records.visit(id, member, "api");
  }

  @PostMapping("/api/care/visits/{id}/record")
  @Operation(summary = "Record a visit; plans the next from the tier. 409 when recorded meanwhile or not open yet")
  Map<String, Object> record(@PathVariable Long id, @RequestBody Map<String, Object> body,
                             @AuthenticationPrincipal StaffMember member) {
    Long next = recording.record(id, Submission.of(body), member);
    Map<String, Object> out = next(next);
    care.findVisitById(id).map(CareVisit::intakeCaseNo).ifPresent(no -> out.put("intakeCaseNo", no));
    return out;
  }

  @GetMapping("/api/care/week")
  @Operation(summary = "My visits this week: open ones due by Sunday (overdue first) and those done this week")
  List<CareMapper.VisitCard> week(@RequestParam(required = false) String day,
                                  @AuthenticationPrincipal StaffMember member) {
    return records.week(member, records.day(day));
  }

  @GetMapping("/api/care/stats")
  @Operation(summary = "Coverage of a month (yyyy-MM) per station in scope: due, on time, late, missed, pending, rate")
  Map<String, Object> stats(@RequestParam(required = false) String month,
                            @AuthenticationPrincipal StaffMember member) {
    var m = records.month(month);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("month", m.toString());
    out.put("stations", records.coverage(member, m).stream().map(c -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("station", c.stationCode());
      row.put("stationName", c.stationName());
      row.put("due", c.due());
      row.put("onTime", c.onTime());
      row.put("late", c.late());
      row.put("missed", c.missed());
      row.put("pending", c.pending());
      row.put("rate", c.rate());
      return row;
    }).toList());
    return out;
  }

  private static Map<String, Object> next(Long visitId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nextVisitId", visitId);
    return out;
  }
}

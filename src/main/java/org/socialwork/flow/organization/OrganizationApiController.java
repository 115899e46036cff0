package org.socialwork.flow.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/stations} and {@code /api/admin/people}: the organisation as JSON. Administrators change it, the
 * leading group reads it, everyone else gets 403 (checked in {@link OrganizationAdmin}).
 */
@RestController
@RequestMapping("/api/admin")
class OrganizationApiController {

  private static final String CHANNEL = "api";

  private final OrganizationAdmin admin;
  private final Stations stations;

  OrganizationApiController(OrganizationAdmin admin, Stations stations) {
    this.admin = admin;
    this.stations = stations;
  }

  @GetMapping("/stations")
  Map<String, Object> listStations(@AuthenticationPrincipal StaffMember me,
                                   @RequestParam(defaultValue = "false") boolean inactive) {
    List<Map<String, Object>> items = admin.stations(me, inactive).stream().map(OrganizationApiController::station)
        .toList();
    return Map.of("items", items, "total", items.size());
  }

  @PostMapping("/stations")
  ResponseEntity<Map<String, Object>> createStation(@AuthenticationPrincipal StaffMember me,
                                                    @RequestBody Map<String, Object> body) {
    StationDetails s = admin.createStation(me, body, CHANNEL);
    return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/admin/stations/" + s.code())
        .body(station(s));
  }

  @GetMapping("/stations/{code}")
  Map<String, Object> showStation(@AuthenticationPrincipal StaffMember me, @PathVariable String code) {
    return station(admin.station(me, code).orElseThrow(() -> new OrganizationNotFoundException(code)));
  }

  @PatchMapping("/stations/{code}")
  Map<String, Object> updateStation(@AuthenticationPrincipal StaffMember me, @PathVariable String code,
                                    @RequestBody Map<String, Object> body) {
    return station(admin.updateStation(me, code, body, CHANNEL));
  }

  @GetMapping("/people")
  Map<String, Object> listPeople(@AuthenticationPrincipal StaffMember me,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(required = false) String station,
                                 @RequestParam(defaultValue = "false") boolean inactive,
                                 @RequestParam(defaultValue = "1") int page) {
    OrganizationAdmin.PeoplePage p = admin.people(me, q, station, inactive, page);
    Map<String, String> names = stations.names();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", p.items().stream().map(v -> person(v, names)).toList());
    out.put("total", p.total());
    out.put("page", p.page());
    out.put("size", p.size());
    return out;
  }

  @PostMapping("/people")
  ResponseEntity<Map<String, Object>> createPerson(@AuthenticationPrincipal StaffMember me,
                                                   @RequestBody Map<String, Object> body) {
    OrganizationAdmin.PersonView v = admin.createPerson(me, body, CHANNEL);
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .header("Location", "/api/admin/people/" + v.person().username()).body(person(v, stations.names()));
  }

  @GetMapping("/people/{username}")
  Map<String, Object> showPerson(@AuthenticationPrincipal StaffMember me, @PathVariable String username) {
    return person(admin.person(me, username, CHANNEL).orElseThrow(() -> new OrganizationNotFoundException(username)),
        stations.names());
  }

  @PatchMapping("/people/{username}")
  ResponseEntity<Map<String, Object>> updatePerson(@AuthenticationPrincipal StaffMember me,
                                                   @PathVariable String username,
                                                   @RequestBody Map<String, Object> body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(person(admin.updatePerson(me, username, body, CHANNEL), stations.names()));
  }

  @GetMapping("/people/{username}/holdings")
  Map<String, Object> holdings(@AuthenticationPrincipal StaffMember me, @PathVariable String username) {
    OrganizationAdmin.Holdings h = admin.holdings(me, username);
    Map<String, String> names = stations.names();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tasks", h.tasks().stream().map(t -> Map.of("id", t.id(), "name", t.name() == null ? "" : t.name()))
        .toList());
    out.put("cases", h.casesByStation().entrySet().stream().map(e -> Map.of("station", e.getKey(),
        "stationName", names.getOrDefault(e.getKey(), e.getKey()), "openCases", e.getValue())).toList());
    return out;
  }

  @PostMapping("/people/{username}/password-reset")
  ResponseEntity<Map<String, Object>> resetPassword(@AuthenticationPrincipal StaffMember me,
                                                    @PathVariable String username) {
    String oneTime = admin.resetPassword(me, username, CHANNEL);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(Map.of("username", username, "oneTimePassword", oneTime));
  }

  @ExceptionHandler(OrganizationNotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(OrganizationNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found", "message", e.getMessage()));
  }

  static Map<String, Object> station(StationDetails s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", s.code());
    m.put("name", s.name());
    m.put("community", s.community());
    m.put("kind", s.kind());
    m.put("county", s.county());
    m.put("district", s.districtCode());
    m.put("demonstration", s.demonstration());
    m.put("active", s.active());
    return m;
  }

  static Map<String, Object> person(OrganizationAdmin.PersonView v, Map<String, String> stationNames) {
    PersonDetails d = v.person();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", d.username());
    m.put("fullName", d.fullName());
    m.put("phone", d.phone());
    m.put("certification", d.certification());
    m.put("active", d.active());
    m.put("mustChangePassword", d.mustChangePassword());
    m.put("roles", v.roles().stream().map(r -> {
      Map<String, Object> role = new LinkedHashMap<>();
      role.put("role", r.role().name().toLowerCase(Locale.ROOT));
      if (r.stationCode() != null) {
        role.put("station", r.stationCode());
        role.put("stationName", stationNames.getOrDefault(r.stationCode(), r.stationCode()));
      }
      return role;
    }).toList());
    m.put("createdAt", d.createdAt() == null ? null : d.createdAt().toString());
    m.put("leftAt", d.leftAt() == null ? null : d.leftAt().toString());
    if (v.oneTimePassword() != null) {
      m.put("oneTimePassword", v.oneTimePassword());
    }
    return m;
  }
}

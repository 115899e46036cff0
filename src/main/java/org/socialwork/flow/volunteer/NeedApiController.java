package org.socialwork.flow.volunteer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Kuiwen's three lists and 点单-派单-结单 as JSON, in the caller's station scope (docs/volunteers.md). */
@RestController
@Tag(name = "volunteer lists", description = "问题需求清单, 服务项目清单, 服务资源清单 and 点单-派单-结单")
class NeedApiController {

  private final Needs needs;
  private final ServiceLists lists;

  NeedApiController(Needs needs, ServiceLists lists) {
    this.needs = needs;
    this.lists = lists;
  }

  @GetMapping("/api/volunteer/needs")
  @Operation(summary = "Needs in scope, newest first (station, status OPEN|ORDERED|DISPATCHED|CLOSED, page, size)")
  ListPage<NeedMapper.NeedRow> list(@RequestParam(required = false) String station,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size,
                                    @AuthenticationPrincipal StaffMember member) {
    return needs.list(member, blank(station), status(status), Paging.of(page, size));
  }

  @PostMapping("/api/volunteer/needs")
  @Operation(summary = "Raise a need ({stationCode, source RESIDENT|STAFF|VISIT, description, category?, "
      + "requesterName?, requesterPhone?}): 201 {needNo, status}")
  ResponseEntity<Map<String, Object>> raise(@RequestBody Map<String, Object> body,
                                            @AuthenticationPrincipal StaffMember member) {
    String no = needs.raise(Fields.of(body), member);
    return ResponseEntity.created(URI.create("/api/volunteer/needs/" + no)).body(Map.of("needNo", no,
        "status", Need.OPEN));
  }

  @GetMapping("/api/volunteer/needs/{no}")
  @Operation(summary = "A need with the requester (read audited); another station's: 404")
  Need read(@PathVariable String no, @AuthenticationPrincipal StaffMember member) {
    return needs.read(no, member, "api");
  }

  @PostMapping("/api/volunteer/needs/{no}/order")
  @Operation(summary = "点单: {serviceItemId} of the station's services; 409 unless OPEN")
  Need order(@PathVariable String no, @RequestBody Map<String, Object> body,
             @AuthenticationPrincipal StaffMember member) {
    return needs.order(no, Fields.of(body), member);
  }

  @PostMapping("/api/volunteer/needs/{no}/dispatch")
  @Operation(summary = "派单: {teamId, note?, activityNo?}; 409 unless ORDERED (of two dispatchers one wins)")
  Need dispatch(@PathVariable String no, @RequestBody Map<String, Object> body,
                @AuthenticationPrincipal StaffMember member) {
    return needs.dispatch(no, Fields.of(body), member);
  }

  @PostMapping("/api/volunteer/needs/{no}/close")
  @Operation(summary = "结单: {outcome, satisfaction 1-5, feedback?, activityNo?}; 409 unless DISPATCHED")
  Need close(@PathVariable String no, @RequestBody Map<String, Object> body,
             @AuthenticationPrincipal StaffMember member) {
    return needs.close(no, Fields.of(body), member);
  }

  @GetMapping("/api/volunteer/services")
  @Operation(summary = "服务项目清单 in scope (station, active=true for the active only, page, size)")
  ListPage<NeedMapper.ServiceItem> services(@RequestParam(required = false) String station,
                                            @RequestParam(required = false) String active,
                                            @RequestParam(required = false) String page,
                                            @RequestParam(required = false) String size,
                                            @AuthenticationPrincipal StaffMember member) {
    return lists.services(member, blank(station), "true".equalsIgnoreCase(active), Paging.of(page, size));
  }

  @PostMapping("/api/volunteer/services")
  @Operation(summary = "Add a service ({stationCode, name, category, description?, teamId?}): 201")
  ResponseEntity<NeedMapper.ServiceItem> addService(@RequestBody Map<String, Object> body,
                                                    @AuthenticationPrincipal StaffMember member) {
    NeedMapper.ServiceItem item = lists.addService(Fields.of(body), member);
    return ResponseEntity.created(URI.create("/api/volunteer/services/" + item.id())).body(item);
  }

  @PostMapping("/api/volunteer/services/{id}/active")
  @Operation(summary = "Take a service off the list or back ({active: true|false})")
  NeedMapper.ServiceItem setActive(@PathVariable Long id, @RequestBody Map<String, Object> body,
                                   @AuthenticationPrincipal StaffMember member) {
    return lists.setActive(id, Fields.of(body).bool("active"), member);
  }

  @GetMapping("/api/volunteer/resources")
  @Operation(summary = "服务资源清单 in scope: team kinds (TEAM) and volunteers' skills (SKILL) per station")
  ListPage<ServiceLists.Resource> resources(@RequestParam(required = false) String station,
                                            @RequestParam(required = false) String page,
                                            @RequestParam(required = false) String size,
                                            @AuthenticationPrincipal StaffMember member) {
    return lists.resources(member, blank(station), Paging.of(page, size));
  }

  @GetMapping("/api/volunteer/lists")
  @Operation(summary = "The numbers of the three lists per station in scope")
  List<ServiceLists.StationLists> figures(@AuthenticationPrincipal StaffMember member) {
    return lists.figures(member);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** A status filter: one of the four, else 400 naming it. */
  static String status(String s) {
    String v = blank(s);
    if (v == null) {
      return null;
    }
    String upper = v.toUpperCase(Locale.ROOT);
    if (!Need.STATUSES.contains(upper)) {
      throw new InvalidParameterException("status", "status must be one of " + Need.STATUSES);
    }
    return upper;
  }
}

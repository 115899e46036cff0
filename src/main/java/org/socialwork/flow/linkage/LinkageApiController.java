package org.socialwork.flow.linkage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 五社联动 as JSON: the figures for a period, the linkages and the donation ledger (paged), recording both. */
@RestController
@Tag(name = "linkage", description = "Five-force linkage (五社联动): linkages by force and kind, donations")
class LinkageApiController {

  private final LinkageFigures figures;
  private final LinkageLists lists;
  private final LinkageRecording recording;
  private final LinkageSubjectLookup lookup;
  private final DonationLedger donations;

  LinkageApiController(LinkageFigures figures, LinkageLists lists, LinkageRecording recording,
                       LinkageSubjectLookup lookup, DonationLedger donations) {
    this.figures = figures;
    this.lists = lists;
    this.recording = recording;
    this.lookup = lookup;
    this.donations = donations;
  }

  @GetMapping("/api/linkage")
  @Operation(summary = "The figures of a period (period=month|quarter|year, month=yyyy-MM): per station and in total "
      + "the linkages by kind and force, volunteer hours, money and goods donated; linkages by force and kind")
  Map<String, Object> view(@RequestParam(required = false) String period, @RequestParam(required = false) String month,
                           @AuthenticationPrincipal StaffMember member) {
    LinkageFigures.View v = figures.of(member, lists.period(period, month));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("period", Map.of("kind", v.period().key(), "label", v.period().label(), "from", v.period().from(),
        "to", v.period().to()));
    out.put("stations", v.stations().stream().map(LinkageApiController::row).toList());
    out.put("total", row(v.total()));
    out.put("forceByKind", v.forceByKind());
    return out;
  }

  private static Map<String, Object> row(LinkageFigures.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (r.stationCode() != null) {
      m.put("station", r.stationCode());
      m.put("stationName", r.stationName());
    }
    m.put("linkages", r.total());
    m.put("byKind", r.byKind());
    m.put("byForce", r.byForce());
    m.put("volunteerHours", r.hours());
    m.put("money", r.money());
    m.put("goodsEntries", r.goodsEntries());
    m.put("goodsValue", r.goodsValue());
    return m;
  }

  @GetMapping("/api/linkage/linkages")
  @Operation(summary = "Linkages in scope, newest first, paged; filters station, force, kind, period and month")
  ListPage<LinkageLists.Item> linkages(@RequestParam(required = false) String station,
                                       @RequestParam(required = false) String force,
                                       @RequestParam(required = false) String kind,
                                       @RequestParam(required = false) String period,
                                       @RequestParam(required = false) String month,
                                       @RequestParam(required = false) String page,
                                       @RequestParam(required = false) String size,
                                       @AuthenticationPrincipal StaffMember member) {
    return lists.linkages(member, new LinkageLists.Query(station, force, kind, period, month), Paging.of(page, size));
  }

  @GetMapping("/api/linkage/subjects")
  @Operation(summary = "A subject (kind venture|activity|pairing, ref its number) and its linkage: forces, version")
  Map<String, Object> subject(@RequestParam(required = false) String kind, @RequestParam(required = false) String ref,
                              @AuthenticationPrincipal StaffMember member) {
    return lookup.find(kind, ref, member);
  }

  @PostMapping("/api/linkage/linkages")
  @Operation(summary = "Record the forces of a subject {kind, ref, forces[], note?, version?}: 201 when new, 200 when "
      + "changed (version = the one read; 409 when someone changed it meanwhile)")
  ResponseEntity<Map<String, Object>> record(@RequestBody Map<String, Object> body,
                                             @AuthenticationPrincipal StaffMember member) {
    LinkageRecording.Recorded r = recording.record(body, member);
    Map<String, Object> out = Map.of("id", r.id(), "version", r.version());
    return r.created() ? ResponseEntity.created(URI.create("/api/linkage/linkages?id=" + r.id())).body(out)
        : ResponseEntity.ok(out);
  }

  @GetMapping("/api/linkage/donations")
  @Operation(summary = "The donation ledger in scope, newest first, paged; filters station, kind MONEY|GOODS, period")
  ListPage<LinkageMapper.DonationRow> donations(@RequestParam(required = false) String station,
                                                @RequestParam(required = false) String kind,
                                                @RequestParam(required = false) String period,
                                                @RequestParam(required = false) String month,
                                                @RequestParam(required = false) String page,
                                                @RequestParam(required = false) String size,
                                                @AuthenticationPrincipal StaffMember member) {
    return lists.donations(member, new LinkageLists.Query(station, null, kind, period, month), Paging.of(page, size));
  }

  @PostMapping("/api/linkage/donations")
  @Operation(summary = "Record a donation {stationCode, resourceId, kind MONEY|GOODS, amount, goods, quantity, unit, "
      + "donatedOn, purpose, linkageId?, voucher}; 400 naming the field")
  ResponseEntity<Map<String, Object>> donate(@RequestBody Map<String, Object> body,
                                             @AuthenticationPrincipal StaffMember member) {
    return ResponseEntity.status(201).body(Map.of("id", donations.record(body, member)));
  }

  @PostMapping("/api/linkage/donations/{id}/reversal")
  @Operation(summary = "Reverse a donation entry {reason}: the reversing entry's id; 409 when reversed already")
  ResponseEntity<Map<String, Object>> reverse(@PathVariable Long id, @RequestBody Map<String, Object> body,
                                              @AuthenticationPrincipal StaffMember member) {
    return ResponseEntity.status(201).body(Map.of("id", donations.reverse(id, body, member), "reverses", id));
  }
}

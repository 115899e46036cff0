package org.socialwork.flow.inspection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Inspections and rectifications as JSON, scoped to the caller's stations, plus the two
 * writes the generic task API cannot carry: an inspector's item scores and evidence uploads.
 */
@RestController
@Tag(name = "inspections", description = "Inspections and rectifications")
class InspectionApiController {

  private final Inspections inspections;
  private final InspectionMapper mapper;
  private final EvidenceUpload evidence;
  private final Clock clock;
  private final MessageSource messages;

  InspectionApiController(Inspections inspections, InspectionMapper mapper, EvidenceUpload evidence,
                          Clock clock, MessageSource messages) {
    this.inspections = inspections;
    this.mapper = mapper;
    this.evidence = evidence;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping("/api/inspections")
  @Operation(summary = "Inspections in the caller's scope, one page: {items, total, page, size}, newest first (then "
      + "id); filters status, type, station, round, project; page from 0, size 1-200 (default 50)")
  ListPage<InspectionJson> list(@AuthenticationPrincipal StaffMember member,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String type,
                                @RequestParam(required = false) String station,
                                @RequestParam(required = false) Long round, @RequestParam(required = false) Long project,
                                @RequestParam(required = false) String page,
                                @RequestParam(required = false) String size) {
    return inspections.list(member, new InspectionFilter(status, type, station, round, project), Paging.of(page, size))
        .map(InspectionJson::of);
  }

  @GetMapping("/api/inspections/{no}")
  @Operation(summary = "One inspection with its items, scores, computed result, rectification and evidence files")
  Map<String, Object> read(@PathVariable String no, @AuthenticationPrincipal StaffMember member) {
    Inspections.Dossier d = inspections.dossier(no, member);
    Map<String, Object> out = new HashMap<>();
    out.put("inspection", InspectionJson.of(d.inspection()));
    out.put("inspectors", d.inspectors());
    out.put("passThreshold", d.template().passThreshold());
    out.put("items", d.result().items().stream().map(r -> Map.of("itemId", r.item().id(), "dimension",
        r.item().dimension(), "title", r.item().title(), "maxScore", r.item().maxScore(), "score", r.score(),
        "needsRectification", r.needsRectification(), "findings", r.findings())).toList());
    out.put("scores", d.scores());
    out.put("rectification", d.rectification() == null ? null : RectificationJson.of(d.rectification(),
        LocalDate.now(clock)));
    out.put("evidence", d.evidence());
    return out;
  }

  @PostMapping("/api/inspections/{no}/scores")
  @Operation(summary = "The caller's item scores: {\"score_<itemId>\": 8, \"finding_<itemId>\": \"…\", \"rectify_<itemId>\": true}")
  ResponseEntity<Void> score(@PathVariable String no, @RequestBody Map<String, Object> fields,
                             @AuthenticationPrincipal StaffMember member) {
    inspections.saveScores(no, fields, member);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/inspections/{no}/evidence")
  @Operation(summary = "Upload an evidence file (multipart field 'file'): JPEG, PNG, PDF, DOCX or XLSX, checked by content")
  ResponseEntity<Map<String, Object>> upload(@PathVariable String no, @RequestParam("file") MultipartFile file,
                                             @AuthenticationPrincipal StaffMember member) throws IOException {
    Long rectificationId = evidence.upload(no, file.getOriginalFilename(), file.getBytes(), member);
    Map<String, Object> body = new HashMap<>();
    body.put("fileName", EvidenceUpload.safeName(file.getOriginalFilename()));
    body.put("rectificationId", rectificationId);
    return ResponseEntity.status(HttpStatus.CREATED).body(body);
  }

  @GetMapping("/api/rectifications")
  @Operation(summary = "Rectifications in the caller's scope, one page: {items, total, page, size}, earliest deadline "
      + "first (then id); open=true for open ones, overdue=true for overdue ones, station=code; page from 0, size 1-200 "
      + "(default 50)")
  ListPage<RectificationJson> rectifications(@AuthenticationPrincipal StaffMember member,
                                             @RequestParam(defaultValue = "false") boolean open,
                                             @RequestParam(defaultValue = "false") boolean overdue,
                                             @RequestParam(required = false) String station,
                                             @RequestParam(required = false) String page,
                                             @RequestParam(required = false) String size) {
    LocalDate today = LocalDate.now(clock);
    Paging paging = Paging.of(page, size);
    LocalDate before = overdue ? today : null;
    String code = station == null || station.isBlank() ? null : station.trim();
    return ListPage.of(mapper.findRectificationPage(member.scope(), open, before, code, paging.size(), paging.offset()),
        mapper.countRectifications(member.scope(), open, before, code), paging).map(r -> RectificationJson.of(r, today));
  }

  @ExceptionHandler(EvidenceRejectedException.class)
  ResponseEntity<Map<String, String>> rejected(EvidenceRejectedException e, Locale locale) {
    return ResponseEntity.badRequest().body(Map.of("error", e.code(), "message",
        messages.getMessage(e.code(), new Object[] {evidence.maxBytes() / (1024 * 1024)}, e.code(), locale)));
  }

  record InspectionJson(String inspectionNo, String type, String station, String stationName, Long projectId,
                        String template, int templateVersion, Long roundId, LocalDate plannedOn, String plannedBy,
                        String status, BigDecimal totalScore, BigDecimal maxScore, Boolean passed,
                        LocalDateTime closedAt) {
    static InspectionJson of(Inspection i) {
      return new InspectionJson(i.getInspectionNo(), i.getInspectionType(), i.getStationCode(), i.getStationName(),
          i.getProjectId(), i.getTemplateName(), i.getTemplateVersion(), i.getRoundId(), i.getPlannedOn(),
          i.getPlannedBy(), i.getStatus().name(), i.getTotalScore(), i.getMaxScore(), i.getPassed(), i.getClosedAt());
    }
  }

  record RectificationJson(String inspectionNo, String station, String stationName, String notice, LocalDate deadline,
                           String status, long daysOverdue, boolean extended, String extensionReason, String report,
                           String reviewComment) {
    static RectificationJson of(Rectification r, LocalDate today) {
      return new RectificationJson(r.getInspectionNo(), r.getStationCode(), r.getStationName(), r.getNotice(),
          r.getDeadline(), r.getStatus().name(), r.daysOverdue(today), r.isExtended(), r.getExtensionReason(),
          r.getReport(), r.getReviewComment());
    }
  }
}

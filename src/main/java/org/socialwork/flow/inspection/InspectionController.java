package org.socialwork.flow.inspection;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialwork.flow.form.FieldMessage;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 检查与整改: the inspection list, an inspection's page (score sheet, evidence, rectification), evidence downloads, the
 * printable report, the rectification list and the Excel export.
 */
@Controller
class InspectionController {

  private final Inspections inspections;
  private final InspectionMapper mapper;
  private final EvidenceUpload evidence;
  private final Clock clock;
  private final ExcelExport export;
  private final org.socialwork.flow.tasklist.Inbox tasks;
  private final Stations stations;

  InspectionController(Inspections inspections, InspectionMapper mapper, EvidenceUpload evidence, Clock clock,
                       ExcelExport export, org.socialwork.flow.tasklist.Inbox tasks, Stations stations) {
    this.inspections = inspections;
    this.mapper = mapper;
    this.evidence = evidence;
    this.clock = clock;
    this.export = export;
    this.tasks = tasks;
    this.stations = stations;
  }

  @GetMapping("/inspections")
  String listInspections(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String status,
                         @RequestParam(required = false) String type, @RequestParam(required = false) String station,
                         @RequestParam(required = false) Long round, @RequestParam(required = false) Long project,
                         @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                         Model model) {
    InspectionFilter filter = new InspectionFilter(blank(status), blank(type), blank(station), round, project);
    Paging paging = Paging.of(page, size);
    model.addAttribute("inspections", inspections.list(member, filter, paging));
    model.addAttribute("stations", stations.active().stream().filter(s -> member.sees(s.code())).toList());
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put("status", filter.status());
    kept.put("type", filter.type());
    kept.put("station", filter.station());
    kept.put("round", round);
    kept.put("project", project);
    model.addAttribute("query", paging.keep(kept));
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", Inspection.Status.values());
    model.addAttribute("types", Inspection.TYPES);
    return "inspection/list";
  }

  @GetMapping("/inspections/{no}")
  String showInspection(@PathVariable String no, @AuthenticationPrincipal StaffMember member, Model model) {
    return inspectionPage(no, member, Map.of(), Map.of(), model);
  }

  @PostMapping("/inspections/{no}/scores")
  String processScoreSheet(@PathVariable String no, @AuthenticationPrincipal StaffMember member,
                           @RequestParam MultiValueMap<String, String> params, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
    try {
      inspections.saveScores(no, FormValidator.fromParams(params), member);
    } catch (FormValidationException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return inspectionPage(no, member, e.submitted(), e.errors().asMap(), model);
    }
    redirect.addFlashAttribute("notice", "inspection.scoresSaved");
    redirect.addFlashAttribute("noticeArg", no);
    return "redirect:/inspections/" + no;
  }

  @PostMapping("/inspections/{no}/evidence")
  String uploadEvidence(@PathVariable String no, @AuthenticationPrincipal StaffMember member,
                        @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
    try {
      evidence.upload(no, file.getOriginalFilename(), file.getBytes(), member);
      redirect.addFlashAttribute("notice", "evidence.uploaded");
      redirect.addFlashAttribute("noticeArg", EvidenceUpload.safeName(file.getOriginalFilename()));
    } catch (EvidenceRejectedException e) {
      redirect.addFlashAttribute("problem", e.code());
    }
    return "redirect:/inspections/" + no;
  }

  @GetMapping("/inspections/evidence/{id}")
  ResponseEntity<byte[]> downloadEvidence(@PathVariable Long id, @AuthenticationPrincipal StaffMember member) {
    EvidenceFile file = mapper.findEvidenceFile(id, member.scope())
        .orElseThrow(() -> new InspectionNotFoundException("evidence " + id));
    InspectionMapper.EvidenceContent content = mapper.findEvidenceContent(file.id());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(content.content());
  }

  @GetMapping("/inspections/{no}/report")
  String printReport(@PathVariable String no, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("d", inspections.dossier(no, member));
    return "inspection/report";
  }

  @GetMapping("/inspections/rectifications")
  String listRectifications(@AuthenticationPrincipal StaffMember member,
                            @RequestParam(defaultValue = "false") boolean open,
                            @RequestParam(defaultValue = "false") boolean overdue,
                            @RequestParam(required = false) String station,
                            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                            Model model) {
    LocalDate today = LocalDate.now(clock);
    Paging paging = Paging.of(page, size);
    model.addAttribute("rectifications", rectificationPage(member, open, overdue ? today : null, blank(station),
        paging));
    model.addAttribute("today", today);
    model.addAttribute("open", open);
    model.addAttribute("overdue", overdue);
    model.addAttribute("station", blank(station) == null ? "" : station.trim());
    model.addAttribute("stations", stations.active().stream().filter(s -> member.sees(s.code())).toList());
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put("open", open ? "true" : null);
    kept.put("overdue", overdue ? "true" : null);
    kept.put("station", blank(station) == null ? null : station.trim());
    model.addAttribute("query", paging.keep(kept));
    return "inspection/rectifications";
  }

  /** One page of the rectifications in the member's scope, earliest deadline first, with the total. */
  ListPage<Rectification> rectificationPage(StaffMember member, boolean open, LocalDate overdueBefore, String station,
                                            Paging paging) {
    return ListPage.of(mapper.findRectificationPage(member.scope(), open, overdueBefore, station, paging.size(),
        paging.offset()), mapper.countRectifications(member.scope(), open, overdueBefore, station), paging);
  }

  @GetMapping("/inspections/export.xlsx")
  ResponseEntity<byte[]> exportExcel(@AuthenticationPrincipal StaffMember member, Locale locale) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("inspections-" + LocalDate.now(clock) + ".xlsx").build().toString())
        .contentType(MediaType.parseMediaType(EvidenceUpload.TYPES.get("xlsx")))
        .body(export.workbook(member, locale));
  }

  private String inspectionPage(String no, StaffMember member, Map<String, Object> values,
                                Map<String, FieldMessage> errors, Model model) {
    Inspections.Dossier d = inspections.dossier(no, member);
    model.addAttribute("d", d);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("maxUploadMb", evidence.maxBytes() / (1024 * 1024));
    model.addAttribute("today", LocalDate.now(clock));
    List<WorkItem> mine = tasks.mineThenUnclaimed(member, new org.socialwork.flow.tasklist.TaskFilter(
        InspectionVariables.PROCESS_KEY, null, no, null, null, null), 0, org.socialwork.flow.tasklist.Inbox.PAGE_SIZE)
        .items();
    model.addAttribute("myTasks", mine);
    return "inspection/inspection";
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  @ExceptionHandler(InspectionNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}

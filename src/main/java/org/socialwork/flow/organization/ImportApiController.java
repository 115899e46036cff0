package org.socialwork.flow.organization;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/admin/import}: upload a workbook or CSV (administrators; 202 with the job id, or 400 with every
 * problem and nothing written), follow a job (administrators and the leading group), download the templates.
 */
@RestController
@RequestMapping("/api/admin/import")
class ImportApiController {

  private static final MediaType XLSX = KindImportDesk.XLSX;

  private final ImportJobs imports;
  private final MessageSource messages;
  private final KindImportDesk desk;

  ImportApiController(ImportJobs imports, MessageSource messages, KindImportDesk desk) {
    this.imports = imports;
    this.messages = messages;
    this.desk = desk;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> submit(@AuthenticationPrincipal StaffMember me,
                                             @RequestParam(name = "file", required = false) MultipartFile file,
                                             Locale locale) throws IOException {
    OrganizationAdmin.requireAdmin(me);
    if (file == null || file.isEmpty()) {
      return ResponseEntity.badRequest().body(Map.of("errors", Map.of("file",
          messages.getMessage("org.import.fileRequired", null, locale))));
    }
    try {
      ImportJob job = imports.submit(me, file.getOriginalFilename(), file.getBytes());
      return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/admin/import/" + job.id())
          .body(KindImportDesk.json(job));
    } catch (ImportJobs.ImportRejectedException e) {
      return ResponseEntity.badRequest().body(Map.of("problems", desk.problems(e.problems(), locale)));
    }
  }

  @GetMapping("/{id}")
  Map<String, Object> show(@AuthenticationPrincipal StaffMember me, @PathVariable String id, Locale locale) {
    return KindImportDesk.json(imports.find(me, id).orElseThrow(() -> new OrganizationNotFoundException(id)));
  }

  @GetMapping("/template.xlsx")
  ResponseEntity<byte[]> template(@AuthenticationPrincipal StaffMember me) {
    OrganizationAdmin.requireReader(me);
    return ResponseEntity.ok().contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"organization-import.xlsx\"")
        .body(imports.template());
  }

  @GetMapping("/template-{which:stations|people}.csv")
  ResponseEntity<byte[]> csvTemplate(@AuthenticationPrincipal StaffMember me, @PathVariable String which) {
    OrganizationAdmin.requireReader(me);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + which + ".csv\"")
        .body(("\uFEFF" + ImportJobs.csvTemplate("people".equals(which))).getBytes(
            java.nio.charset.StandardCharsets.UTF_8));
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(OrganizationNotFoundException.class)
  ResponseEntity<Map<String, String>> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found"));
  }

  List<Map<String, Object>> problems(List<ImportJobs.Problem> problems, Locale locale) {
    return desk.problems(problems, locale);
  }
}

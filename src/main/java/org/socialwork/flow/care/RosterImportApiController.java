package org.socialwork.flow.care;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.ImportJob;
import org.socialwork.flow.organization.KindImportDesk;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/care/import}: a station's roster from Excel or CSV (the station's workers and supervisors; 202 with the
 * job, or 400 with every row's problem and nothing stored), a job's progress (everyone whose scope holds the
 * station), the template; through the organisation's {@link KindImportDesk}.
 */
@RestController
class RosterImportApiController {

  private final KindImportDesk desk;
  private final RosterImport kind;

  RosterImportApiController(KindImportDesk desk, RosterImport kind) {
    this.desk = desk;
    this.kind = kind;
  }

  @PostMapping("/api/care/import")
  @Operation(summary = "Import a station's roster (multipart: file, stationCode): 202 {id,status,done,total,changed,"
      + "percent} with Location, or 400 {problems:[{sheet,row,column,problem}]} and nothing stored")
  ResponseEntity<Map<String, Object>> submit(@AuthenticationPrincipal StaffMember member,
                                             @RequestParam(name = "stationCode", required = false) String station,
                                             @RequestParam(name = "file", required = false) MultipartFile file,
                                             Locale locale) throws IOException {
    return desk.apiSubmit(kind, member, station, file, locale, "/api/care/import/");
  }

  @GetMapping("/api/care/import/{id}")
  @Operation(summary = "A roster import's progress: {id,station,status,done,total,changed,percent,problems}")
  Map<String, Object> job(@AuthenticationPrincipal StaffMember member, @PathVariable String id) {
    ImportJob job = desk.job(kind, member, id)
        .orElseThrow(() -> new NotFoundException("No roster import " + id));
    return KindImportDesk.json(job);
  }

  @GetMapping("/api/care/import/template.xlsx")
  @Operation(summary = "The roster template: sheet 探访对象 with its columns and two example rows")
  ResponseEntity<byte[]> template() {
    return desk.template(kind, "care-roster.xlsx");
  }
}

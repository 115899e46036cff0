package org.socialwork.flow.volunteer;

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
 * {@code /api/volunteers/import}: a station's volunteers from Excel or CSV (the station's workers and supervisors; 202
 * with the job, or 400 with every row's problem and nothing stored), a job's progress (staff whose scope holds the
 * station), the template; through the organisation's {@link KindImportDesk}.
 */
@RestController
class VolunteerImportApiController {

  private final KindImportDesk desk;
  private final VolunteerImport kind;

  VolunteerImportApiController(KindImportDesk desk, VolunteerImport kind) {
    this.desk = desk;
    this.kind = kind;
  }

  @PostMapping("/api/volunteers/import")
  @Operation(summary = "Import a station's volunteers (multipart: file, stationCode): 202 {id,status,done,total,"
      + "changed,percent} with Location, or 400 {problems:[{sheet,row,column,problem}]} and nothing stored")
  ResponseEntity<Map<String, Object>> submit(@AuthenticationPrincipal StaffMember member,
                                             @RequestParam(name = "stationCode", required = false) String station,
                                             @RequestParam(name = "file", required = false) MultipartFile file,
                                             Locale locale) throws IOException {
    return desk.apiSubmit(kind, member, station, file, locale, "/api/volunteers/import/");
  }

  @GetMapping("/api/volunteers/import/{id}")
  @Operation(summary = "A volunteer import's progress: {id,station,status,done,total,changed,percent,problems}")
  Map<String, Object> job(@AuthenticationPrincipal StaffMember member, @PathVariable String id) {
    VolunteerImportController.requireStaff(member);
    ImportJob job = desk.job(kind, member, id)
        .orElseThrow(() -> new NotFoundException("No volunteer import " + id));
    return KindImportDesk.json(job);
  }

  @GetMapping("/api/volunteers/import/template.xlsx")
  @Operation(summary = "The volunteer template: sheet 志愿者 with its columns and two example rows")
  ResponseEntity<byte[]> template() {
    return desk.template(kind, "volunteers.xlsx");
  }
}

package org.socialwork.flow.volunteer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.socialwork.flow.organization.KindImportDesk;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 志愿者导入 {@code /volunteer/import}: the template, the upload for the stations where one is a worker or supervisor
 * (the problem report in place, 422, when a row is wrong), the recent imports of one's stations, and a job's page
 * whose progress bar {@code /js/import-progress.js} keeps up to date; all of it the organisation's
 * {@link KindImportDesk}. Staff only: a volunteer's or an organisation's login is refused (403).
 */
@Controller
class VolunteerImportController {

  private final KindImportDesk desk;
  private final VolunteerImport kind;

  VolunteerImportController(KindImportDesk desk, VolunteerImport kind) {
    this.desk = desk;
    this.kind = kind;
  }

  static void requireStaff(StaffMember member) {
    if (!VolunteerAccess.isStaff(member)) {
      throw new AccessDeniedException("Volunteer imports are for the stations' staff");
    }
  }

  @GetMapping("/volunteer/import")
  String form(@AuthenticationPrincipal StaffMember member, Model model) {
    requireStaff(member);
    return desk.page(kind, member, null, "volunteer/import", model);
  }

  @PostMapping("/volunteer/import")
  String upload(@AuthenticationPrincipal StaffMember member,
                @RequestParam(name = "stationCode", required = false) String station,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
                HttpServletResponse response) throws IOException {
    return desk.pageSubmit(kind, member, station, file, "/volunteer/import/", "volunteer/import", model, locale,
        response);
  }

  @GetMapping("/volunteer/import/{id}")
  String job(@AuthenticationPrincipal StaffMember member, @PathVariable String id, Model model) {
    requireStaff(member);
    return desk.jobPage(kind, member, id, "volunteer/import-job", model)
        .orElseThrow(() -> new NotFoundException("No volunteer import " + id));
  }
}

package org.socialwork.flow.care;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.socialwork.flow.organization.KindImportDesk;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 名册导入 {@code /care/import}: the template, the upload for the stations where one registers targets (the problem
 * report in place, 422, when a row is wrong), the recent imports of one's stations, and a job's page whose progress
 * bar {@code /js/import-progress.js} keeps up to date; all of it the organisation's {@link KindImportDesk}.
 */
@Controller
class RosterImportController {

  private final KindImportDesk desk;
  private final RosterImport kind;

  RosterImportController(KindImportDesk desk, RosterImport kind) {
    this.desk = desk;
    this.kind = kind;
  }

  @GetMapping("/care/import")
  String form(@AuthenticationPrincipal StaffMember member, Model model) {
    return desk.page(kind, member, null, "care/import", model);
  }

  @PostMapping("/care/import")
  String upload(@AuthenticationPrincipal StaffMember member,
                @RequestParam(name = "stationCode", required = false) String station,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
                HttpServletResponse response) throws IOException {
    return desk.pageSubmit(kind, member, station, file, "/care/import/", "care/import", model, locale, response);
  }

  @GetMapping("/care/import/{id}")
  String job(@AuthenticationPrincipal StaffMember member, @PathVariable String id, Model model) {
    return desk.jobPage(kind, member, id, "care/import-job", model)
        .orElseThrow(() -> new NotFoundException("No roster import " + id));
  }
}

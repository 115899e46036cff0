package org.socialwork.flow.care;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.socialwork.flow.organization.ImportJob;
import org.socialwork.flow.organization.KindImportDesk;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
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
 * bar {@code /js/import-progress.js} keeps up to date. The upload and the page's model are the organisation's
 * {@link KindImportDesk}, shared with every other import kind.
 */
@Controller
class RosterImportController {

  private final KindImportDesk desk;
  private final RosterImport kind;
  private final Stations stations;
  private final StaffDirectory staff;

  RosterImportController(KindImportDesk desk, RosterImport kind, Stations stations, StaffDirectory staff) {
    this.desk = desk;
    this.kind = kind;
    this.stations = stations;
    this.staff = staff;
  }

  @GetMapping("/care/import")
  String form(@AuthenticationPrincipal StaffMember member, Model model) {
    desk.pageModel(kind, member, TargetRegistration.stationsOf(member), null, stations.names(), model);
    return "care/import";
  }

  @PostMapping("/care/import")
  String upload(@AuthenticationPrincipal StaffMember member,
                @RequestParam(name = "stationCode", required = false) String station,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
                HttpServletResponse response) throws IOException {
    String done = desk.pageSubmit(kind, member, TargetRegistration.stationsOf(member), station, file,
        "/care/import/", model, locale, response);
    if (done != null) {
      return done;
    }
    desk.pageModel(kind, member, TargetRegistration.stationsOf(member), station, stations.names(), model);
    return "care/import";
  }

  @GetMapping("/care/import/{id}")
  String job(@AuthenticationPrincipal StaffMember member, @PathVariable String id, Model model) {
    ImportJob job = desk.job(kind, member, id)
        .orElseThrow(() -> new NotFoundException("No roster import " + id));
    model.addAttribute("job", job);
    model.addAttribute("stationName", stations.names().getOrDefault(job.scope(), job.scope()));
    model.addAttribute("startedByName", staff.nameOf(job.startedBy()));
    return "care/import-job";
  }
}

package org.socialwork.flow.volunteer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.socialwork.flow.organization.ImportJob;
import org.socialwork.flow.organization.KindImportDesk;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
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
 * whose progress bar {@code /js/import-progress.js} keeps up to date. Staff only: a volunteer's or an organisation's
 * login is refused (403). The upload and the page's model are the organisation's {@link KindImportDesk}.
 */
@Controller
class VolunteerImportController {

  private final KindImportDesk desk;
  private final VolunteerImport kind;
  private final Stations stations;
  private final StaffDirectory staff;

  VolunteerImportController(KindImportDesk desk, VolunteerImport kind, Stations stations, StaffDirectory staff) {
    this.desk = desk;
    this.kind = kind;
    this.stations = stations;
    this.staff = staff;
  }

  private static void requireStaff(StaffMember member) {
    if (!VolunteerAccess.isStaff(member)) {
      throw new AccessDeniedException("Volunteer imports are for the stations' staff");
    }
  }

  @GetMapping("/volunteer/import")
  String form(@AuthenticationPrincipal StaffMember member, Model model) {
    requireStaff(member);
    desk.pageModel(kind, member, VolunteerImport.importerStations(member), null, stations.names(), model);
    return "volunteer/import";
  }

  @PostMapping("/volunteer/import")
  String upload(@AuthenticationPrincipal StaffMember member,
                @RequestParam(name = "stationCode", required = false) String station,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
                HttpServletResponse response) throws IOException {
    String done = desk.pageSubmit(kind, member, VolunteerImport.importerStations(member), station, file,
        "/volunteer/import/", model, locale, response);
    if (done != null) {
      return done;
    }
    desk.pageModel(kind, member, VolunteerImport.importerStations(member), station, stations.names(), model);
    return "volunteer/import";
  }

  @GetMapping("/volunteer/import/{id}")
  String job(@AuthenticationPrincipal StaffMember member, @PathVariable String id, Model model) {
    requireStaff(member);
    ImportJob job = desk.job(kind, member, id)
        .orElseThrow(() -> new NotFoundException("No volunteer import " + id));
    model.addAttribute("job", job);
    model.addAttribute("stationName", stations.names().getOrDefault(job.scope(), job.scope()));
    model.addAttribute("startedByName", staff.nameOf(job.startedBy()));
    return "volunteer/import-job";
  }
}

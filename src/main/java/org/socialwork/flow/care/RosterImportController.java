package org.socialwork.flow.care;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.FormRenderer;
import org.socialwork.flow.form.FormValidationException;
import org.socialwork.flow.organization.ImportJob;
import org.socialwork.flow.organization.ImportJobs;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
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
 * bar {@code /js/import-progress.js} keeps up to date.
 */
@Controller
class RosterImportController {

  private final RosterImports imports;
  private final Stations stations;
  private final FormRenderer renderer;
  private final StaffDirectory staff;

  RosterImportController(RosterImports imports, Stations stations, FormRenderer renderer, StaffDirectory staff) {
    this.imports = imports;
    this.stations = stations;
    this.renderer = renderer;
    this.staff = staff;
  }

  @GetMapping("/care/import")
  String form(@AuthenticationPrincipal StaffMember member, Model model) {
    return page(member, null, Map.of(), model);
  }

  private String page(StaffMember member, String station, Map<String, String> errors, Model model) {
    Map<String, String> names = stations.names();
    Map<String, String> options = new LinkedHashMap<>();
    TargetRegistration.stationsOf(member).forEach(s -> options.put(s, names.getOrDefault(s, s)));
    model.addAttribute("stationOptions", options);
    model.addAttribute("station", station != null ? station
        : options.size() == 1 ? options.keySet().iterator().next() : null);
    model.addAttribute("mayImport", TargetRegistration.mayRegister(member));
    model.addAttribute("jobs", imports.recent(member));
    model.addAttribute("stationNames", names);
    model.addAttribute("errors", errors);
    model.addAttribute("columns", RosterImport.COLUMNS.values());
    return "care/import";
  }

  @PostMapping("/care/import")
  String upload(@AuthenticationPrincipal StaffMember member,
                @RequestParam(name = "stationCode", required = false) String station,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
                HttpServletResponse response) throws IOException {
    try {
      ImportJob job = imports.submit(member, station, file);
      return "redirect:/care/import/" + job.id();
    } catch (FormValidationException e) {
      response.setStatus(422);
      Map<String, String> errors = new LinkedHashMap<>();
      e.errors().asMap().forEach((field, m) -> errors.put(field, renderer.message(m, locale)));
      return page(member, station, errors, model);
    } catch (ImportJobs.ImportRejectedException e) {
      response.setStatus(422);
      model.addAttribute("problems", imports.problems(e.problems(), locale));
      model.addAttribute("filename", file == null ? "" : file.getOriginalFilename());
      return page(member, station, Map.of(), model);
    }
  }

  @GetMapping("/care/import/{id}")
  String job(@AuthenticationPrincipal StaffMember member, @PathVariable String id, Model model) {
    ImportJob job = imports.job(member, id);
    model.addAttribute("job", job);
    model.addAttribute("stationName", stations.names().getOrDefault(job.scope(), job.scope()));
    model.addAttribute("startedByName", staff.nameOf(job.startedBy()));
    return "care/import-job";
  }
}

package org.socialwork.flow.organization;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * 导入 under {@code /admin/organization/import}: templates, upload (the problem report in place when a row is wrong),
 * recent jobs, and a job's page whose progress bar {@code /js/import-progress.js} keeps up to date.
 */
@Controller
class ImportPageController {

  private final ImportJobs imports;
  private final ImportApiController api;

  ImportPageController(ImportJobs imports, ImportApiController api) {
    this.imports = imports;
    this.api = api;
  }

  @GetMapping("/admin/organization/import")
  String form(@AuthenticationPrincipal StaffMember me, Model model) {
    model.addAttribute("jobs", imports.recent(me, 20));
    model.addAttribute("canWrite", me.has(Role.ADMIN));
    return "organization/import";
  }

  @PostMapping("/admin/organization/import")
  String upload(@AuthenticationPrincipal StaffMember me, @RequestParam(name = "file", required = false)
                MultipartFile file, Model model, Locale locale, HttpServletResponse response) throws IOException {
    OrganizationAdmin.requireAdmin(me);
    try {
      byte[] bytes = file == null ? new byte[0] : file.getBytes();
      ImportJob job = imports.submit(me, file == null ? null : file.getOriginalFilename(), bytes);
      return "redirect:/admin/organization/import/" + job.id();
    } catch (ImportJobs.ImportRejectedException e) {
      response.setStatus(422);
      model.addAttribute("problems", api.problems(e.problems(), locale));
      model.addAttribute("filename", file == null ? "" : file.getOriginalFilename());
      return form(me, model);
    }
  }

  @GetMapping("/admin/organization/import/{id}")
  String job(@AuthenticationPrincipal StaffMember me, @PathVariable String id, Model model) {
    model.addAttribute("job", imports.find(me, id).orElseThrow(() -> new OrganizationNotFoundException(id)));
    return "organization/import-job";
  }

  /** An unknown job id is the 404 page, as for stations and people (it answered 500 before). */
  @ExceptionHandler(OrganizationNotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error/404";
  }
}

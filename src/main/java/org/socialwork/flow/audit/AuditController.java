package org.socialwork.flow.audit;

import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /admin/audit: who read or changed which case, searchable by subject, user and days. */
@Controller
class AuditController {

  private final AuditLog log;
  private final PersonNames staff;

  AuditController(AuditLog log, PersonNames staff) {
    this.log = log;
    this.staff = staff;
  }

  @GetMapping("/admin/audit")
  String page(@RequestParam(required = false) String subject, @RequestParam(required = false) String user,
              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
              @RequestParam(required = false) String page, Model model,
              jakarta.servlet.http.HttpServletResponse response) {
    model.addAttribute("subject", subject == null ? "" : subject);
    model.addAttribute("user", user == null ? "" : user);
    model.addAttribute("from", from == null ? "" : from);
    model.addAttribute("to", to == null ? "" : to);
    try {
      AuditLog.Result result = log.search(AuditQuery.of(subject, user, from, to, page, null));
      model.addAttribute("result", result);
      model.addAttribute("names", result.entries().stream().map(AuditEntry::username).distinct()
          .collect(java.util.stream.Collectors.toMap(u -> u, staff::nameOf)));
    } catch (InvalidParameterException e) {
      response.setStatus(400);
      model.addAttribute("badParameter", e.parameter());
    }
    return "admin/audit";
  }
}

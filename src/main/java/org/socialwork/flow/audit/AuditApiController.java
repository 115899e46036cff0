package org.socialwork.flow.audit;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators and the leading group (admitted by the security configuration only). */
@RestController
class AuditApiController {

  private final AuditLog log;

  AuditApiController(AuditLog log) {
    this.log = log;
  }

  @GetMapping("/api/audit")
  @Operation(summary = "Audit entries, newest first: subject (case no. …), user, from/to (yyyy-MM-dd, included), "
      + "page (from 0), size (1–200, default 50)")
  AuditLog.Result search(@RequestParam(required = false) String subject, @RequestParam(required = false) String user,
                         @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                         @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    return log.search(AuditQuery.of(subject, user, from, to, page, size));
  }
}

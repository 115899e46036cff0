package org.socialwork.flow.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The leading group's dashboard as a page ({@code /dashboard}, formerly {@code /inspections/dashboard}) and as JSON. */
@Controller
@Tag(name = "dashboard", description = "The leading group's dashboard: what each module publishes, in the caller's scope")
class DashboardController {

  private final Dashboard dashboard;

  DashboardController(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping({"/dashboard", "/inspections/dashboard"})
  String showDashboard(@AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("dashboard", dashboard.page(member));
    return "dashboard/dashboard";
  }

  @GetMapping("/api/dashboard")
  @ResponseBody
  @Operation(summary = "The dashboard's figures in the caller's scope: each module's figures by name, and counts per "
      + "station code (…ByStation) for the station table")
  Map<String, Object> figures(@AuthenticationPrincipal StaffMember member) {
    return dashboard.json(member);
  }
}

package org.socialwork.flow.casework;

import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists behind the dashboard's casework figures: open cases, or cases with overdue tasks, of a station. */
@Controller
class CaseFigureController {

  private final CaseworkDashboardFigures figures;
  private final Stations stations;

  CaseFigureController(CaseworkDashboardFigures figures, Stations stations) {
    this.figures = figures;
    this.stations = stations;
  }

  @GetMapping({"/dashboard/cases", "/inspections/dashboard/cases"})
  String listFigureCases(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String station,
                         @RequestParam(defaultValue = "false") boolean overdue, Model model) {
    String code = station == null || station.isBlank() ? null : station;
    model.addAttribute("rows", figures.list(member, code, overdue));
    model.addAttribute("overdue", overdue);
    model.addAttribute("station", code == null ? "" : stations.find(code).map(Station::name).orElse(code));
    model.addAttribute("stationNames", stations.names());
    return "dashboard-cases";
  }
}

package org.socialwork.flow.supervision;

import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Station;
import org.socialwork.flow.organization.Stations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists behind the dashboard's action-item figures: open, or open and overdue, items of a station. */
@Controller
class ActionItemFigureController {

  private final ActionItemDashboardFigures figures;
  private final Stations stations;

  ActionItemFigureController(ActionItemDashboardFigures figures, Stations stations) {
    this.figures = figures;
    this.stations = stations;
  }

  @GetMapping({"/dashboard/action-items", "/inspections/dashboard/action-items"})
  String listFigureItems(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String station,
                         @RequestParam(defaultValue = "false") boolean overdue, Model model) {
    String code = station == null || station.isBlank() ? null : station;
    model.addAttribute("rows", figures.list(member, code, overdue));
    model.addAttribute("overdue", overdue);
    model.addAttribute("station", code == null ? "" : stations.find(code).map(Station::name).orElse(code));
    model.addAttribute("stationNames", stations.names());
    return "supervision/figure-action-items";
  }
}

package org.socialwork.flow.casework;

import org.socialwork.flow.dashboard.FigureListPage;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists behind the dashboard's casework figures: open cases, or cases with overdue tasks, of a station. */
@Controller
class CaseFigureController {

  private final CaseworkDashboardFigures figures;
  private final FigureListPage page;

  CaseFigureController(CaseworkDashboardFigures figures, FigureListPage page) {
    this.figures = figures;
    this.page = page;
  }

  @GetMapping({"/dashboard/cases", "/inspections/dashboard/cases"})
  String listFigureCases(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String station,
                         @RequestParam(defaultValue = "false") boolean overdue, Model model) {
    String code = page.station(station);
    return page.show(model, figures.list(member, code, overdue), code, overdue, "dashboard-cases");
  }
}

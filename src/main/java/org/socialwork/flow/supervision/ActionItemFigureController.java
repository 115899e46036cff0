package org.socialwork.flow.supervision;

import org.socialwork.flow.dashboard.FigureListPage;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists behind the dashboard's action-item figures: open, or open and overdue, items of a station. */
@Controller
class ActionItemFigureController {

  private final ActionItemDashboardFigures figures;
  private final FigureListPage page;

  ActionItemFigureController(ActionItemDashboardFigures figures, FigureListPage page) {
    this.figures = figures;
    this.page = page;
  }

  @GetMapping({"/dashboard/action-items", "/inspections/dashboard/action-items"})
  String listFigureItems(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String station,
                         @RequestParam(defaultValue = "false") boolean overdue, Model model) {
    String code = page.station(station);
    return page.show(model, figures.list(member, code, overdue), code, overdue, "supervision/figure-action-items");
  }
}

package org.socialwork.flow.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leading group's dashboard as a page ({@code /dashboard}, formerly {@code /inspections/dashboard}), for a period
 * chosen with {@code period=month|quarter|year} and {@code month=yyyy-MM}; the JSON is {@link DashboardApiController}.
 */
@Controller
class DashboardController {

  private final Dashboard dashboard;
  private final Clock clock;

  DashboardController(Dashboard dashboard, Clock clock) {
    this.dashboard = dashboard;
    this.clock = clock;
  }

  @GetMapping({"/dashboard", "/inspections/dashboard"})
  String showDashboard(@AuthenticationPrincipal StaffMember member, @RequestParam(required = false) String period,
                       @RequestParam(required = false) String month, Model model) {
    YearMonth current = YearMonth.now(clock);
    model.addAttribute("dashboard", dashboard.page(member, DashboardPeriod.of(period, month, current)));
    model.addAttribute("currentMonth", current.toString());
    return "dashboard/dashboard";
  }
}

package org.socialwork.flow.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/dashboard}: a REST controller of its own so that a bad parameter gets the API's error shape. */
@RestController
@Tag(name = "dashboard", description = "The leading group's dashboard: what each module publishes, in the caller's scope")
class DashboardApiController {

  private final Dashboard dashboard;
  private final Clock clock;

  DashboardApiController(Dashboard dashboard, Clock clock) {
    this.dashboard = dashboard;
    this.clock = clock;
  }

  @GetMapping("/api/dashboard")
  @Operation(summary = "The dashboard's figures in the caller's scope: each module's figures by name, and counts per "
      + "station code (…ByStation, every active station of the caller's included, zeros too) for the station table; "
      + "period=month|quarter|year (default month) of month=yyyy-MM (default this month) for the figures 'in the "
      + "period' (period: {kind,label,from,to}); 400 names a bad parameter")
  Map<String, Object> figures(@AuthenticationPrincipal StaffMember member,
                              @RequestParam(required = false) String period,
                              @RequestParam(required = false) String month) {
    return dashboard.json(member, DashboardPeriod.of(period, month, YearMonth.now(clock)));
  }
}

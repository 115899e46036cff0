package org.socialwork.flow.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.supervision.ActionItem;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings and action items as JSON, in the caller's scope. Tasks go through /api/tasks. */
@RestController
@Tag(name = "meetings", description = "Monthly meetings of the leading group, the stations' reports, action items")
class MeetingApiController {

  private final MeetingRecords records;
  private final MeetingOpening opening;
  private final ReportingClosure closure;
  private final Clock clock;
  private final int monthsBack;
  private final int monthsAhead;

  MeetingApiController(MeetingRecords records, MeetingOpening opening, ReportingClosure closure, Clock clock,
                       @Value("${socialwork.meeting.open-months-back:12}") int monthsBack,
                       @Value("${socialwork.meeting.open-months-ahead:1}") int monthsAhead) {
    this.records = records;
    this.closure = closure;
    this.opening = opening;
    this.clock = clock;
    this.monthsBack = monthsBack;
    this.monthsAhead = monthsAhead;
  }

  /**
   * A month to open: yyyy-MM within the configured window around this month, else 400 naming "month". Checked only
   * for those who may open a meeting: everyone else gets the 403 of {@link MeetingOpening}, whatever the month.
   */
  private YearMonth openable(String month) {
    YearMonth ym;
    try {
      ym = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("month", "Parameter 'month' must be a month (yyyy-MM)");
    }
    YearMonth now = YearMonth.now(clock);
    if (ym.isBefore(now.minusMonths(monthsBack)) || ym.isAfter(now.plusMonths(monthsAhead))) {
      throw new InvalidParameterException("month", "Parameter 'month' must lie between " + now.minusMonths(monthsBack)
          + " and " + now.plusMonths(monthsAhead));
    }
    return ym;
  }

  @GetMapping("/api/meetings")
  @Operation(summary = "This month's meeting with the reports in scope, recent meetings, open and overdue items")
  MeetingRecords.Overview overview(@AuthenticationPrincipal StaffMember member) {
    return records.overview(member);
  }

  @GetMapping("/api/meetings/{month}")
  @Operation(summary = "A month's meeting (yyyy-MM): reports in scope, agenda, minutes, action items, carried items")
  MeetingRecords.MeetingRecord meeting(@PathVariable String month, @AuthenticationPrincipal StaffMember member) {
    return records.meeting(MeetingController.valid(month), member);
  }

  @PostMapping("/api/meetings/open")
  @Operation(summary = "Open a month's meeting now (leading group, administrators); default this month. 201 when "
      + "this call opened it, 200 with the meeting when it was open already (also when two calls race)")
  ResponseEntity<Meeting> open(@RequestParam(required = false) String month,
                               @AuthenticationPrincipal StaffMember member) {
    MeetingOpening.Opened opened = opening.openOrFind(month == null ? null
        : MeetingOpening.mayOpen(member) ? openable(month) : YearMonth.now(clock), member);
    Meeting m = opened.meeting();
    return opened.created() ? ResponseEntity.created(URI.create("/api/meetings/" + m.meetingMonth())).body(m)
        : ResponseEntity.ok(m);
  }

  @PostMapping("/api/meetings/{month}/close-reporting")
  @Operation(summary = "Close a month's reporting before its deadline (leading group, administrators): the stations "
      + "not reported yet are listed as not reported and the agenda can be drafted. 200 with the meeting; 404 for a "
      + "month without a meeting; 409 when reporting is closed already (also when two calls race)")
  Meeting closeReporting(@PathVariable String month, @AuthenticationPrincipal StaffMember member) {
    return closure.close(MeetingController.valid(month), member);
  }

  @GetMapping("/api/action-items")
  @Operation(summary = "Action items of sessions and meetings in scope, across months, due first, one page: "
      + "{items, total, page, size}; open and overdue filters. 400 names a bad page or size.")
  ListPage<ActionItem> actionItems(@RequestParam(defaultValue = "false") boolean open,
                                   @RequestParam(defaultValue = "false") boolean overdue,
                                   @RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size,
                                   @AuthenticationPrincipal StaffMember member) {
    return records.actionItems(member, open, overdue, Paging.of(page, size));
  }
}

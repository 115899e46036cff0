package org.socialwork.flow.meeting;

import java.time.YearMonth;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 例会: this month's status, a meeting with the stations' reports, the printable minutes; open now. */
@Controller
class MeetingController {

  private final MeetingRecords records;
  private final MeetingOpening opening;
  private final ReportingClosure closure;
  private final java.time.Clock clock;

  MeetingController(MeetingRecords records, MeetingOpening opening, ReportingClosure closure,
                    java.time.Clock clock) {
    this.closure = closure;
    this.records = records;
    this.opening = opening;
    this.clock = clock;
  }

  @GetMapping("/meetings")
  String showOverview(@AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("overview", records.overview(member));
    model.addAttribute("mayOpen", MeetingOpening.mayOpen(member));
    return "meeting/overview";
  }

  @PostMapping("/meetings/open")
  String openNow(@AuthenticationPrincipal StaffMember member, RedirectAttributes redirect) {
    Meeting m = opening.open(null, member);
    redirect.addFlashAttribute("notice", "meeting.opened");
    redirect.addFlashAttribute("noticeArg", m.meetingMonth());
    return "redirect:/meetings/" + m.meetingMonth();
  }

  @GetMapping("/meetings/{month}")
  String showMeeting(@PathVariable String month, @AuthenticationPrincipal StaffMember member, Model model) {
    MeetingRecords.MeetingRecord record = records.meeting(valid(month), member);
    model.addAttribute("record", record);
    model.addAttribute("mayCloseReporting", MeetingOpening.mayOpen(member) && closure.open(record.meeting()));
    model.addAttribute("today", java.time.LocalDate.now(clock));
    return "meeting/meeting";
  }

  @PostMapping("/meetings/{month}/close-reporting")
  String closeReporting(@PathVariable String month, @AuthenticationPrincipal StaffMember member,
                        RedirectAttributes redirect) {
    Meeting m = closure.close(valid(month), member);
    redirect.addFlashAttribute("notice", "mt.reportingClosed");
    redirect.addFlashAttribute("noticeArg", m.meetingMonth());
    return "redirect:/meetings/" + m.meetingMonth();
  }

  @GetMapping("/meetings/{month}/minutes")
  String showMinutes(@PathVariable String month, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("record", records.meeting(valid(month), member));
    return "meeting/minutes";
  }

  static String valid(String month) {
    try {
      return YearMonth.parse(month).toString();
    } catch (java.time.format.DateTimeParseException e) {
      throw new org.socialwork.flow.tasklist.WorkItemNotFoundException(month);
    }
  }
}

package org.socialwork.flow.supervision;

import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 督导: my pairs, my sessions, my action items; a pair's record; the printable 督导记录表 of a session. */
@Controller
class SupervisionController {

  private final SupervisionRecords records;
  private final java.time.Clock clock;

  SupervisionController(SupervisionRecords records, java.time.Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @GetMapping("/supervision")
  String showOverview(@AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("overview", records.overview(member));
    model.addAttribute("mayPair", member.has(org.socialwork.flow.organization.Role.SUPERVISOR)
        || member.has(org.socialwork.flow.organization.Role.ADMIN));
    return "supervision/overview";
  }

  @GetMapping("/supervision/pairs/{pairNo}")
  String showPair(@PathVariable String pairNo, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("record", records.pair(pairNo, member));
    return "supervision/pair";
  }

  @GetMapping("/supervision/supervisees/{username}")
  String showSupervisee(@PathVariable String username, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("record", records.supervisee(username, member));
    return "supervision/supervisee";
  }

  @GetMapping("/supervision/sessions/{id}")
  String showSession(@PathVariable Long id, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("record", records.session(id, member));
    model.addAttribute("today", java.time.LocalDate.now(clock));
    return "supervision/session";
  }
}

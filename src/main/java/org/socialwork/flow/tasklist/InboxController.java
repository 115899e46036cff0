package org.socialwork.flow.tasklist;

import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class InboxController {

  private final Inbox inbox;
  private final java.util.List<WorkItemSource> sources;

  InboxController(Inbox inbox, java.util.List<WorkItemSource> sources) {
    this.inbox = inbox;
    this.sources = sources;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/tasks";
  }

  @GetMapping("/tasks")
  String showInbox(@AuthenticationPrincipal StaffMember member,
                   @RequestParam(defaultValue = "mine") String tab,
                   @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("tab", tab);
    model.addAttribute("now", inbox.now());
    switch (tab) {
      case "unclaimed" -> model.addAttribute("page", inbox.unclaimed(member, page));
      case "escalated" -> model.addAttribute("page", inbox.escalated(member, page));
      case "done" -> model.addAttribute("done", inbox.done(member));
      default -> {
        model.addAttribute("tab", "mine");
        model.addAttribute("page", inbox.mine(member, page));
        model.addAttribute("otherTasks", sources.stream().flatMap(s -> s.open(member).stream()).toList());
      }
    }
    return "inbox";
  }
}

package org.socialwork.flow.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class InboxController {

  private final Inbox inbox;
  private final List<TaskContext> contexts;

  InboxController(Inbox inbox, List<TaskContext> contexts) {
    this.inbox = inbox;
    this.contexts = contexts;
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
    Inbox.Page shown = switch (tab) {
      case "unclaimed" -> inbox.unclaimed(member, page);
      case "escalated" -> inbox.escalated(member, page);
      case "done" -> null;
      default -> {
        model.addAttribute("tab", "mine");
        yield inbox.mine(member, page);
      }
    };
    if (shown == null) {
      model.addAttribute("done", inbox.done(member));
    } else {
      model.addAttribute("page", shown);
      model.addAttribute("recordLinks", recordLinks(shown.items()));
    }
    return "inbox";
  }

  /** Where the number of a task without a case leads (a supervision pair, a meeting, an inspection), by task id. */
  private Map<String, String> recordLinks(List<WorkItem> items) {
    Map<String, String> links = new HashMap<>();
    items.stream().filter(t -> t.caseId() == null).forEach(t -> contexts.stream()
        .map(c -> c.recordLink(t)).flatMap(Optional::stream).findFirst()
        .ifPresent(link -> links.put(t.id(), link)));
    return links;
  }
}

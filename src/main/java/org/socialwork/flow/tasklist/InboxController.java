package org.socialwork.flow.tasklist;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.organization.Stations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inbox page: tabs mine / unclaimed / escalated / done with their counts, a search box (subject number or label)
 * and a filter by process; every tab pages through all its tasks. Without a tab, a person whose own list is empty
 * but who has unclaimed tasks lands on the unclaimed tab.
 */
@Controller
class InboxController {

  private final Inbox inbox;
  private final Stations stations;
  private final ModelTexts texts;
  private final StaffDirectory staff;
  private final RepositoryService repository;

  InboxController(Inbox inbox, Stations stations, StaffDirectory staff, RepositoryService repository,
                  ModelTexts texts) {
    this.texts = texts;
    this.inbox = inbox;
    this.stations = stations;
    this.staff = staff;
    this.repository = repository;
  }

  /** Staff land on their inbox; a volunteer on their own page; an organisation's staff on their portal. */
  @GetMapping("/")
  String home(@AuthenticationPrincipal StaffMember member) {
    if (member != null && !member.staff()) {
      if (member.has(Role.VOLUNTEER)) {
        return "redirect:/volunteer/me";
      }
      if (member.has(Role.ORGANIZATION)) {
        return "redirect:/venture";
      }
    }
    return "redirect:/tasks";
  }

  @GetMapping("/tasks")
  String showInbox(@AuthenticationPrincipal StaffMember member,
                   @RequestParam(required = false) String tab,
                   @RequestParam(defaultValue = "0") String page,
                   @RequestParam(required = false) String q,
                   @RequestParam(required = false) String process, Locale locale, Model model) {
    TaskFilter filter = new TaskFilter(process, null, null, null, null, q);
    Inbox.Counts counts = inbox.counts(member, filter);
    String shown = switch (tab == null ? "" : tab) {
      case "mine", "unclaimed", "escalated", "done" -> tab;
      default -> counts.mine() == 0 && counts.unclaimed() > 0 ? "unclaimed" : "mine";
    };
    int p = parsePage(page);
    model.addAttribute("tab", shown);
    model.addAttribute("now", inbox.now());
    model.addAttribute("counts", counts);
    model.addAttribute("q", filter.search() == null ? "" : filter.search());
    model.addAttribute("process", filter.processKey() == null ? "" : filter.processKey());
    model.addAttribute("processes", processNames(locale));
    model.addAttribute("stationNames", stations.names());
    if ("done".equals(shown)) {
      Inbox.DonePage done = inbox.done(member, p, Inbox.PAGE_SIZE);
      model.addAttribute("donePage", done);
      model.addAttribute("done", done.items());
      Map<String, String> taskNames = new LinkedHashMap<>();
      done.items().forEach(d -> taskNames.put(d.id(), texts.taskName(d.processKey(), d.taskKey(), d.name(), locale)));
      model.addAttribute("taskNames", taskNames);
    } else {
      Inbox.Page items = inbox.page(member, Inbox.Tab.valueOf(shown.toUpperCase()), filter, p, Inbox.PAGE_SIZE);
      model.addAttribute("page", items);
      Map<String, String> taskNames = new LinkedHashMap<>();
      items.items().forEach(t -> taskNames.put(t.id(), texts.taskName(t.processKey(), t.taskKey(), t.name(), locale)));
      model.addAttribute("taskNames", taskNames);
      Map<String, String> names = new LinkedHashMap<>();
      items.items().stream().map(WorkItem::assignee).filter(java.util.Objects::nonNull).distinct()
          .forEach(u -> names.put(u, staff.nameOf(u)));
      model.addAttribute("assigneeNames", names);
    }
    return "inbox";
  }

  private static int parsePage(String page) {
    try {
      return Math.max(0, Integer.parseInt(page));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Process key → name of the latest version, for the filter. */
  private Map<String, String> processNames(Locale locale) {
    Map<String, String> names = new java.util.TreeMap<>();
    for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
      names.put(d.getKey(), texts.processName(d.getKey(), d.getName() != null ? d.getName() : d.getKey(), locale));
    }
    return names;
  }
}

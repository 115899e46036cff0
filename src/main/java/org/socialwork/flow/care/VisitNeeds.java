package org.socialwork.flow.care;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.socialwork.flow.volunteer.Needs;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 需求转入问题需求清单: a recorded visit's "needs" dimension (its items and note) goes onto the station's needs list
 * (volunteer's 问题需求清单, source 探访发现) through the published {@link Needs#raise}, once per visit; the worker
 * is taken to the need. Only the station's workers and supervisors, only for a visit recorded with needs.
 */
@Controller
class VisitNeeds {

  private final CareMapper care;
  private final Needs needs;
  private final MessageSource messages;

  VisitNeeds(CareMapper care, Needs needs, MessageSource messages) {
    this.care = care;
    this.needs = needs;
    this.messages = messages;
  }

  @PostMapping("/care/visits/{id}/need")
  @Transactional
  public String toNeedsList(@PathVariable Long id, @AuthenticationPrincipal StaffMember member,
                            RedirectAttributes redirect) {
    CareVisit v = care.findVisit(id, member.scope()).orElseThrow(() -> new WorkItemNotFoundException("CV-" + id));
    if (!VisitRecording.mayRecord(member, v.stationCode())) {
      throw new AccessDeniedException("Only the station's workers and supervisors raise needs from a visit");
    }
    String text = needsOf(v);
    if (!CareVisit.DONE.equals(v.status()) || text.isEmpty()) {
      redirect.addFlashAttribute("problem", "care.need.none");
      return "redirect:/care/visits/" + id;
    }
    String no = needs.raisedFrom(Needs.SOURCE_VISIT, v.number()).orElseGet(() -> {
      String name = care.findTarget(v.targetId(), member.scope()).map(CareTarget::fullName).orElse(null);
      return needs.raise(v.stationCode(), Needs.SOURCE_VISIT, text, name, v.number(), member.username());
    });
    redirect.addFlashAttribute("notice", "care.need.raised");
    redirect.addFlashAttribute("noticeArg", no);
    return "redirect:/volunteer/needs/" + no;
  }

  /** The visit's needs as people read them: the items (in Chinese, the list's language) and the note. */
  private String needsOf(CareVisit v) {
    List<String> parts = new ArrayList<>();
    if (v.needsItems() != null) {
      for (String item : v.needsItems().split(",")) {
        if (!item.isBlank()) {
          parts.add(messages.getMessage("care.item." + item.trim(), null, item.trim(), Locale.SIMPLIFIED_CHINESE));
        }
      }
    }
    if (v.needsNote() != null && !v.needsNote().isBlank()) {
      parts.add(v.needsNote().trim());
    }
    String text = String.join("；", parts);
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}

package org.socialwork.flow.notification;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.problem.InvalidParameterException;
import org.socialwork.flow.system.ConflictException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知: the caller's notification centre (paged, mark one or all read) and their preferences under 我的账号. */
@Controller
class NotificationPageController {

  private final NotificationCentre centre;
  private final NotificationPreferences preferences;

  NotificationPageController(NotificationCentre centre, NotificationPreferences preferences) {
    this.centre = centre;
    this.preferences = preferences;
  }

  @GetMapping("/notifications")
  String list(@AuthenticationPrincipal StaffMember me, @RequestParam(required = false) String page,
              @RequestParam(required = false) String unread, Model model, HttpServletResponse response) {
    try {
      boolean unreadOnly = NotificationApiController.flag("unread", unread);
      model.addAttribute("result", centre.page(me.username(), page, null, unreadOnly));
      model.addAttribute("unreadOnly", unreadOnly);
    } catch (InvalidParameterException e) {
      response.setStatus(400);
      model.addAttribute("result", centre.page(me.username(), null, null, false));
      model.addAttribute("unreadOnly", false);
      model.addAttribute("problem", "notification.badPage");
    }
    return "notification/list";
  }

  /** Marks it read; with {@code open} goes on to what it is about, else back to the list. */
  @PostMapping("/notifications/{id}/read")
  String read(@AuthenticationPrincipal StaffMember me, @PathVariable long id,
              @RequestParam(required = false) String open, @RequestParam(required = false) String page) {
    Notification n = centre.markRead(me.username(), id);
    if (open != null && n.link() != null && n.link().startsWith("/") && !n.link().startsWith("//")) {
      return "redirect:" + n.link();
    }
    return "redirect:/notifications" + (page != null && page.matches("\\d{1,6}") ? "?page=" + page : "");
  }

  @PostMapping("/notifications/read-all")
  String readAll(@AuthenticationPrincipal StaffMember me, RedirectAttributes redirect) {
    int marked = centre.markAllRead(me.username());
    redirect.addFlashAttribute("notice", "notification.allRead");
    redirect.addFlashAttribute("noticeArg", marked);
    return "redirect:/notifications";
  }

  @GetMapping("/account/notifications")
  String initPreferencesForm(@AuthenticationPrincipal StaffMember me, Model model) {
    NotificationPreferences.Settings s = preferences.of(me.username());
    Map<String, String> channels = new LinkedHashMap<>();
    s.channels().forEach((k, v) -> channels.put(k.name(), v.code()));
    return preferencesPage(channels, s.email() == null ? "" : s.email(), null, model);
  }

  @PostMapping("/account/notifications")
  String processPreferencesForm(@AuthenticationPrincipal StaffMember me,
                                @RequestParam MultiValueMap<String, String> params, Model model,
                                RedirectAttributes redirect, HttpServletResponse response) {
    Map<String, String> channels = new LinkedHashMap<>();
    for (NotificationKind k : NotificationKind.values()) {
      String v = params.getFirst("channel_" + k.name());
      if (v != null) {
        channels.put(k.name(), v);
      }
    }
    String email = params.getFirst("email") == null ? "" : params.getFirst("email");
    try {
      preferences.change(me.username(), channels, email);
      redirect.addFlashAttribute("notice", "notification.prefs.saved");
      return "redirect:/account/notifications";
    } catch (ConflictException e) {
      redirect.addFlashAttribute("problem", "notification.prefs.conflict");
      return "redirect:/account/notifications";
    } catch (InvalidParameterException e) {
      response.setStatus(400);
      Map<String, String> shown = new LinkedHashMap<>();
      preferences.of(me.username()).channels().forEach((k, v) -> shown.put(k.name(), v.code()));
      channels.forEach((k, v) -> shown.put(k, v));
      String field = e.parameter().startsWith("channels.") ? "channel_" + e.parameter().substring(9).toUpperCase()
          : e.parameter();
      return preferencesPage(shown, email, field, model);
    }
  }

  private String preferencesPage(Map<String, String> channels, String email, String errorField, Model model) {
    model.addAttribute("kinds", NotificationKind.values());
    model.addAttribute("channels", channels);
    model.addAttribute("channelCodes", new String[] {"in_app", "email", "none"});
    model.addAttribute("email", email);
    model.addAttribute("errorField", errorField);
    model.addAttribute("mailConfigured", centre.mailConfigured());
    return "notification/preferences";
  }
}

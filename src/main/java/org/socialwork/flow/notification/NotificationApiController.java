package org.socialwork.flow.notification;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.problem.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications and preferences; nobody reads or changes another person's. */
@RestController
class NotificationApiController {

  private final NotificationCentre centre;
  private final NotificationPreferences preferences;
  private final MessageSource messages;

  NotificationApiController(NotificationCentre centre, NotificationPreferences preferences, MessageSource messages) {
    this.centre = centre;
    this.preferences = preferences;
    this.messages = messages;
  }

  @GetMapping("/api/notifications")
  @Operation(summary = "The caller's notifications, newest first: page (from 0), size (1–200, default 20), "
      + "unread=true for the unread ones only")
  Map<String, Object> list(@AuthenticationPrincipal StaffMember me, @RequestParam(required = false) String page,
                           @RequestParam(required = false) String size,
                           @RequestParam(required = false) String unread, Locale locale) {
    boolean unreadOnly = flag("unread", unread);
    NotificationCentre.Page p = centre.page(me.username(), page, size, unreadOnly);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", p.items().stream().map(n -> json(n, locale)).toList());
    out.put("total", p.total());
    out.put("unread", p.unread());
    out.put("page", p.page());
    out.put("size", p.size());
    return out;
  }

  @PostMapping("/api/notifications/{id}/read")
  @Operation(summary = "Marks one of the caller's notifications read (another person's id: 404)")
  Map<String, Object> read(@AuthenticationPrincipal StaffMember me, @PathVariable long id, Locale locale) {
    return json(centre.markRead(me.username(), id), locale);
  }

  @PostMapping("/api/notifications/read-all")
  @Operation(summary = "Marks all the caller's notifications read")
  Map<String, Object> readAll(@AuthenticationPrincipal StaffMember me) {
    return Map.of("marked", centre.markAllRead(me.username()), "unread", centre.unread(me.username()));
  }

  @GetMapping("/api/notifications/preferences")
  @Operation(summary = "The caller's channel per kind (in_app, email, none) and mail address")
  Map<String, Object> preferences(@AuthenticationPrincipal StaffMember me) {
    return json(preferences.of(me.username()));
  }

  @PutMapping("/api/notifications/preferences")
  @Operation(summary = "Changes the caller's channels {\"channels\":{\"offered\":\"email\",…},\"email\":\"…\"}; "
      + "kinds not named stay as they are")
  Map<String, Object> change(@AuthenticationPrincipal StaffMember me, @RequestBody Map<String, Object> body) {
    Object channels = body.get("channels");
    Object email = body.get("email");
    if (channels != null && !(channels instanceof Map<?, ?>)) {
      throw new InvalidParameterException("channels", "an object of kind: channel");
    }
    if (email != null && !(email instanceof String)) {
      throw new InvalidParameterException("email", "a text");
    }
    Map<String, String> parsed = new LinkedHashMap<>();
    if (channels instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getValue() instanceof String s)) {
          throw new InvalidParameterException("channels." + e.getKey(), "one of in_app, email, none");
        }
        parsed.put(String.valueOf(e.getKey()), s);
      }
    }
    return json(preferences.change(me.username(), parsed, (String) email));
  }

  private Map<String, Object> json(Notification n, Locale locale) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", n.id());
    out.put("kind", n.kind().name().toLowerCase());
    out.put("title", messages.getMessage("notification.text." + n.kind().name(), n.textArgs(), locale));
    out.put("taskId", n.taskId());
    out.put("taskName", n.taskName());
    out.put("subject", n.subject());
    out.put("link", n.link());
    out.put("count", n.itemCount());
    out.put("created", n.createdAt());
    out.put("read", n.readAt());
    return out;
  }

  private static Map<String, Object> json(NotificationPreferences.Settings s) {
    Map<String, Object> channels = new LinkedHashMap<>();
    s.channels().forEach((k, v) -> channels.put(k.name().toLowerCase(), v.code()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("channels", channels);
    out.put("email", s.email());
    return out;
  }

  static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidParameterException(name, "true or false");
    };
  }
}

package org.socialwork.flow.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in member and a date formatter. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

  private static final Formats FORMATS = new Formats();

  @ModelAttribute("me")
  StaffMember me() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof StaffMember m ? m : null;
  }

  /** The current page in each language; the other query parameters (tab, page, search) are kept. */
  @ModelAttribute("languageLinks")
  Map<String, String> languageLinks(HttpServletRequest request) {
    String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
        .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
        .collect(Collectors.joining("&"));
    String base = request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&");
    Map<String, String> links = new LinkedHashMap<>();
    links.put("中文", base + "lang=zh_CN");
    links.put("English", base + "lang=en");
    return links;
  }

  @ModelAttribute("fmt")
  Formats fmt() {
    return FORMATS;
  }

  /** Date and time as the pages print them. */
  public static class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String dt(LocalDateTime value) {
      return value == null ? "" : value.format(DATE_TIME);
    }

    public String d(LocalDate value) {
      return value == null ? "" : value.toString();
    }

    public boolean before(LocalDateTime a, LocalDateTime b) {
      return a != null && b != null && a.isBefore(b);
    }
  }
}

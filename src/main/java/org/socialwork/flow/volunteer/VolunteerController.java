package org.socialwork.flow.volunteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The volunteer pages, phone first: activities (list, page with sign-up, cancel, check-in and check-out by code), the
 * organiser's page with the current code, volunteers (list, record) and a volunteer's own page (hours, points, star).
 * A refused step comes back to the activity's page with its message.
 */
@Controller
class VolunteerController {

  private final VolunteerRecords records;
  private final VolunteerAccess access;
  private final SignUps signUps;
  private final Attendance attendance;
  private final HoursConfirmation hours;
  private final MessageSource messages;
  private final Certificates certificates;
  private final PageSteps steps;
  private final ActivityCancellation cancellation;

  VolunteerController(VolunteerRecords records, VolunteerAccess access, SignUps signUps, Attendance attendance,
                      HoursConfirmation hours, MessageSource messages,
                      Certificates certificates, PageSteps steps, ActivityCancellation cancellation) {
    this.cancellation = cancellation;
    this.steps = steps;
    this.certificates = certificates;
    this.records = records;
    this.access = access;
    this.signUps = signUps;
    this.attendance = attendance;
    this.hours = hours;
    this.messages = messages;
  }

  @GetMapping("/volunteer")
  String home(@AuthenticationPrincipal StaffMember member) {
    return VolunteerAccess.isStaff(member) ? "redirect:/volunteer/activities" : "redirect:/volunteer/me";
  }

  @GetMapping("/volunteer/activities")
  String activities(@RequestParam(required = false) String status, @AuthenticationPrincipal StaffMember member,
                    Model model) {
    model.addAttribute("rows", records.activities(member, status == null || status.isBlank() ? null : status));
    model.addAttribute("status", status);
    model.addAttribute("staff", VolunteerAccess.isStaff(member));
    model.addAttribute("mayPropose", member.has(Role.WORKER));
    return "volunteer/activities";
  }

  @GetMapping("/volunteer/activities/{no}")
  String activity(@PathVariable String no, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("a", records.activity(no, member));
    model.addAttribute("staff", VolunteerAccess.isStaff(member));
    model.addAttribute("self", access.self(member).orElse(null));
    return "volunteer/activity";
  }

  @PostMapping("/volunteer/activities/{no}/signup")
  String signUp(@PathVariable String no, @RequestParam(required = false) String volunteerNo,
                @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    String who = volunteerNo != null && !volunteerNo.isBlank() ? volunteerNo.trim() : ownNo(member);
    return step(no, redirect, locale, () -> {
      String status = signUps.signUp(no, who, member);
      redirect.addFlashAttribute("notice", "volunteer.done.signedUp");
      redirect.addFlashAttribute("noticeArg", messages.getMessage("volunteer.signup." + status.toUpperCase(Locale.ROOT),
          null, status, locale));
    });
  }

  @PostMapping("/volunteer/activities/{no}/cancel")
  String cancel(@PathVariable String no, @RequestParam(required = false) String volunteerNo,
                @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    String who = volunteerNo != null && !volunteerNo.isBlank() ? volunteerNo.trim() : ownNo(member);
    return step(no, redirect, locale, () -> {
      signUps.cancel(no, who, member);
      redirect.addFlashAttribute("notice", "volunteer.done.cancelled");
    });
  }

  @PostMapping("/volunteer/activities/{no}/check-in")
  String checkIn(@PathVariable String no, @RequestParam Map<String, String> form,
                 @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    return step(no, redirect, locale, () -> {
      attendance.checkIn(no, fields(form, member), member);
      redirect.addFlashAttribute("notice", "volunteer.done.checkedIn");
    });
  }

  @PostMapping("/volunteer/activities/{no}/check-out")
  String checkOut(@PathVariable String no, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    return step(no, redirect, locale, () -> {
      attendance.checkOut(no, fields(form, member), member);
      redirect.addFlashAttribute("notice", "volunteer.done.checkedOut");
    });
  }

  /** The organiser's roster form: {@code hours.<volunteerNo>} and {@code rating.<volunteerNo>} for each person. */
  @PostMapping("/volunteer/activities/{no}/hours")
  String confirmHours(@PathVariable String no, @RequestParam Map<String, String> form,
                      @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    List<Map<String, Object>> entries = new ArrayList<>();
    form.forEach((key, value) -> {
      if (key.startsWith("hours.") && value != null && !value.isBlank()) {
        String volunteerNo = key.substring("hours.".length());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("volunteerNo", volunteerNo);
        entry.put("hours", value.trim());
        String rating = form.get("rating." + volunteerNo);
        if (rating != null && !rating.isBlank()) {
          entry.put("rating", rating.trim());
        }
        entries.add(entry);
      }
    });
    return step(no, redirect, locale, () -> {
      hours.confirm(no, Fields.of(Map.of("entries", entries)), member);
      redirect.addFlashAttribute("notice", "volunteer.done.hours");
    });
  }

  @PostMapping("/volunteer/activities/{no}/cancel-activity")
  String cancelActivity(@PathVariable String no, @RequestParam Map<String, String> form,
                        @AuthenticationPrincipal StaffMember member, RedirectAttributes redirect, Locale locale) {
    Map<String, Object> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    return step(no, redirect, locale, () -> {
      ActivityCancellation.Cancelled c = cancellation.cancel(no, Fields.of(values), member);
      redirect.addFlashAttribute("notice", "volunteer.done.activityCancelled");
      redirect.addFlashAttribute("noticeArg", c.notified());
    });
  }

  @GetMapping("/volunteer/activities/{no}/code")
  String code(@PathVariable String no, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("a", records.activity(no, member));
    model.addAttribute("code", attendance.code(no, member));
    return "volunteer/code";
  }

  @GetMapping("/volunteer/volunteers")
  String volunteers(@RequestParam(required = false) String q, @RequestParam(required = false) String station,
                    @AuthenticationPrincipal StaffMember member, Model model) {
    if (!VolunteerAccess.isStaff(member)) {
      return "redirect:/volunteer/me";
    }
    model.addAttribute("rows", records.volunteers(member, station == null || station.isBlank() ? null : station, q == null || q.isBlank() ? null : q.trim()));
    model.addAttribute("q", q);
    return "volunteer/volunteers";
  }

  @GetMapping("/volunteer/volunteers/{no}")
  String volunteer(@PathVariable String no, @AuthenticationPrincipal StaffMember member, Model model) {
    model.addAttribute("v", records.volunteer(no, member, "page"));
    model.addAttribute("certs", certificates.of(no, member));
    model.addAttribute("mayRequest", VolunteerAccess.manages(member,
        access.volunteer(no, member).stationCode()));
    model.addAttribute("staff", VolunteerAccess.isStaff(member));
    return "volunteer/volunteer";
  }

  @GetMapping("/volunteer/me")
  String me(@AuthenticationPrincipal StaffMember member, Model model) {
    Volunteer self = access.self(member).orElse(null);
    if (self != null) {
      model.addAttribute("v", records.volunteer(self.volunteerNo(), member, "page"));
      model.addAttribute("certs", certificates.of(self.volunteerNo(), member));
      model.addAttribute("mayRequest", true);
      model.addAttribute("rows", records.activities(member, null));
    }
    model.addAttribute("staff", VolunteerAccess.isStaff(member));
    return "volunteer/me";
  }

  private String ownNo(StaffMember member) {
    return access.self(member).map(Volunteer::volunteerNo).orElse("");
  }

  /** The form's fields; a volunteer checks themself in. */
  private Fields fields(Map<String, String> form, StaffMember member) {
    Map<String, Object> values = new LinkedHashMap<>(form);
    values.remove("_csrf");
    if (values.get("volunteerNo") == null || values.get("volunteerNo").toString().isBlank()) {
      values.put("volunteerNo", ownNo(member));
    }
    return Fields.of(values);
  }

  /** Runs a step and comes back to the activity's page, with the step's refusal as the page's message. */
  private String step(String no, RedirectAttributes redirect, Locale locale, Runnable step) {
    return steps.run("redirect:/volunteer/activities/" + no, redirect, locale, step);
  }
}

package org.socialwork.flow.volunteer;

import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The figures on the volunteer pages' tabs for station staff: certificate requests and volunteers' applications
 * waiting for their stations, each one indexed count in scope, counted only when a page shows the tabs.
 */
@ControllerAdvice(assignableTypes = {VolunteerController.class, CertificateController.class, JoinController.class})
class VolunteerWaiting {

  private final CertificateMapper certificates;
  private final VolunteerApplicationMapper applications;

  VolunteerWaiting(CertificateMapper certificates, VolunteerApplicationMapper applications) {
    this.certificates = certificates;
    this.applications = applications;
  }

  /** What {@code parts.ftlh} reads: {@code volunteerWaiting.certificates()}, {@code .applications()}. */
  public static final class Counts {
    private final VolunteerWaiting source;
    private final StaffMember member;
    private Integer certificates;
    private Integer applications;

    Counts(VolunteerWaiting source, StaffMember member) {
      this.source = source;
      this.member = member;
    }

    public int certificates() {
      if (certificates == null) {
        certificates = source.certificates.countRequested(member.scope());
      }
      return certificates;
    }

    public int applications() {
      if (applications == null) {
        applications = source.applications.countWaiting(member.scope());
      }
      return applications;
    }
  }

  @ModelAttribute("volunteerWaiting")
  Counts waiting() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof StaffMember m && VolunteerAccess.isStaff(m)
        ? new Counts(this, m) : null;
  }
}

package org.socialwork.flow.venture;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Published: the funded projects (approved and not cancelled: posting, signing, paying, implementing, suspended,
 * closed, terminated) another module may refer to, e.g. the five-force linkage. In the reader's station scope.
 */
@Component
public class FundedProjects {

  static final Set<String> FUNDED = Set.of(VentureApplication.POSTING, VentureApplication.SIGNING,
      VentureApplication.PAYING, VentureApplication.IMPLEMENTING, VentureApplication.SUSPENDED,
      VentureApplication.CLOSED, VentureApplication.TERMINATED);

  private final VentureMapper venture;

  FundedProjects(VentureMapper venture) {
    this.venture = venture;
  }

  /** A funded project as others show it: its number, project and organisation, station, when it started. */
  public record FundedProject(String applicationNo, String projectName, String organizationName, String stationCode,
                              LocalDate startedOn) {
  }

  /** The funded project of that number in the reader's scope (staff only: organisations read their own pages). */
  public Optional<FundedProject> find(String applicationNo, StaffMember reader) {
    if (applicationNo == null || !reader.staff()) {
      return Optional.empty();
    }
    return venture.findApplicationByNo(applicationNo.trim(), reader.scope(), null)
        .filter(a -> FUNDED.contains(a.status()))
        .map(a -> new FundedProject(a.applicationNo(), a.projectName(),
            venture.findOrganization(a.organizationId()).map(SocialOrganization::name).orElse(""), a.stationCode(),
            a.agreementSignedOn() != null ? a.agreementSignedOn() : a.submittedAt().toLocalDate()));
  }
}

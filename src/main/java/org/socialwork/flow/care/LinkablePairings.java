package org.socialwork.flow.care;

import java.time.LocalDate;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Published (for the five-force linkage): a visit target's pairing with its paired volunteer (结对, see
 * docs/care-visits.md) or else its named visitor without an account (a 儿童主任, a relative or a neighbour), read in the reader's station scope by the target's number ({@code CT-12}). Only what the
 * linkage shows leaves the module: the number, the visitor's name and role, the station and the day it was recorded,
 * never the target's own personal data.
 */
@Component
public class LinkablePairings {

  private final CareMapper care;

  LinkablePairings(CareMapper care) {
    this.care = care;
  }

  /** A pairing: the target's number, who visits (name and role code), the station, since when. */
  public record LinkablePairing(String targetNumber, String visitorName, String visitorRole, String stationCode,
                                LocalDate since) {
  }

  /** The pairing of the target of that number in the reader's scope, if the target has a visitor. */
  public Optional<LinkablePairing> find(String targetNumber, StaffMember reader) {
    if (targetNumber == null || !reader.staff()) {
      return Optional.empty();
    }
    String n = targetNumber.trim().toUpperCase(java.util.Locale.ROOT);
    if (!n.matches("CT-\\d{1,18}")) {
      return Optional.empty();
    }
    Long id = Long.valueOf(n.substring(3));
    return care.findTarget(id, reader.scope()).flatMap(t -> {
      if (t.paired()) {  // 结对: the volunteer paired through the pairing page, since the pairing began
        LocalDate since = care.findPairings(id).stream().filter(p -> p.endedAt() == null).findFirst()
            .map(p -> p.pairedAt().toLocalDate()).orElse(t.createdAt().toLocalDate());
        return Optional.of(new LinkablePairing(t.number(), t.volunteerName(), "volunteer", t.stationCode(), since));
      }
      if (t.visitorName() != null && !t.visitorName().isBlank()) {
        return Optional.of(new LinkablePairing(t.number(), t.visitorName(), t.visitorRole(), t.stationCode(),
            t.createdAt().toLocalDate()));
      }
      return Optional.empty();
    });
  }
}

package org.socialwork.flow.venture;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** 社会组织: an organisation that applies for grants. Debarred until a date (inclusive) after a violation. */
public record SocialOrganization(Long id, String name, String creditCode, String registrationAuthority,
                                 String legalRepresentative, String phone, LocalDate debarredUntil,
                                 String debarmentReason, String createdBy, LocalDateTime createdAt) {

  /** Whether the organisation may not apply on this day. */
  public boolean debarredOn(LocalDate day) {
    return debarredUntil != null && !day.isAfter(debarredUntil);
  }
}

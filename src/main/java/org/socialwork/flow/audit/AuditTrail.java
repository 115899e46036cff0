package org.socialwork.flow.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to {@code audit_log}: who read or changed which subject (a case number, a user name, a station code)
 * through which channel (page, api, export, admin). Every module that shows personal data or changes the organisation
 * writes here; nothing else writes the table.
 */
@Service
public class AuditTrail {

  private final AuditMapper mapper;
  private final Clock clock;

  public AuditTrail(AuditMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /** Records the entry in the caller's transaction (a read that fails rolls its audit row back with it). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String username, String action, String subject, String channel) {
    mapper.insert(LocalDateTime.now(clock), username, action, subject, channel);
  }

  /**
   * Records the entry in a transaction of its own, for refusals: the request's transaction is rolled back, the fact
   * that somebody was refused must stay.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordAlone(String username, String action, String subject, String channel) {
    mapper.insert(LocalDateTime.now(clock), username, action, subject, channel);
  }

  /** A subject as the log keeps it: a requested number may be anything, the column holds 64 characters. */
  public static String subject(String requested) {
    if (requested == null) {
      return "";
    }
    String s = requested.replaceAll("\\p{Cntrl}", "?");
    return s.length() <= 64 ? s : s.substring(0, 64);
  }
}

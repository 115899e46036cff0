package org.socialwork.flow.supervision;

import java.util.List;
import org.socialwork.flow.system.ModelBean;

/** {@code ${sessionRoster.supervisees(sessionId)}}: who writes a reflection on a session, from its record. */
@ModelBean("sessionRoster")
public class SessionRoster {

  private final SupervisionMapper supervision;

  SessionRoster(SupervisionMapper supervision) {
    this.supervision = supervision;
  }

  public List<String> supervisees(Long sessionId) {
    return supervision.findSupervisees(sessionId).stream().map(Supervisee::username).toList();
  }
}

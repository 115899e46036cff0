package org.socialwork.flow.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's published face for capabilities that find a person needing a case (a care visit's emergency): opens an
 * intake request for an existing client record, the intake process as it is, in the caller's transaction, so the
 * finding and the request are stored together or not at all.
 */
@Service
public class IntakeRequests {

  private final CaseMapper cases;
  private final CaseNumbers numbers;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;
  private final String approvalTimeout;

  IntakeRequests(CaseMapper cases, CaseNumbers numbers, RuntimeService runtime, IdentityService identity, Clock clock,
                 @Value("${socialwork.intake.approval-timeout:P3D}") String approvalTimeout) {
    this.cases = cases;
    this.numbers = numbers;
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
    this.approvalTimeout = approvalTimeout;
  }

  /**
   * A request to open a case for a client already on record.
   *
   * @param source    the intake's referral source (an option of intake-register, e.g. {@code care_visit} 探访发现)
   * @param referrer  who or what referred (e.g. "关爱探访记录 CV-12"), shown on the case
   * @param problem   the presenting problem
   * @param urgent    urgency urgent rather than normal
   */
  public record Request(Long clientId, String stationCode, String source, String referrer, String problem,
                        boolean urgent) {
  }

  /** Stores the case and its intake record and starts intake; answers the case number. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String open(Request request, String registeredBy) {
    LocalDateTime now = LocalDateTime.now(clock);
    CaseFile caseFile = CaseFile.register(numbers.next(request.stationCode()), request.stationCode(),
        request.clientId(), registeredBy, now);
    cases.insertCase(caseFile);
    cases.insertIntakeRecord(new IntakeRecord(caseFile.getId(), LocalDate.now(clock), request.source(),
        request.referrer(), request.problem(), "探访发现，需评估", "moderate", request.urgent() ? "urgent" : "normal"));
    identity.setAuthenticatedUserId(registeredBy);
    try {
      runtime.startProcessInstanceByKey(IntakeVariables.PROCESS_KEY, caseFile.getCaseNo(),
          IntakeVariables.atStart(caseFile.getId(), request.stationCode(), approvalTimeout));
    } finally {
      identity.clearAuthentication();
    }
    return caseFile.getCaseNo();
  }
}

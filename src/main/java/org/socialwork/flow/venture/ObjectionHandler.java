package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.TaskFormHandler;
import org.socialwork.flow.tasklist.WorkItem;
import org.springframework.stereotype.Component;

/**
 * 处理公示异议: the leading group decides the objections filed so far. Upheld cancels the grant and gives its amount
 * back to the round's budget; not upheld, the posting goes on to its end.
 */
@Component
class ObjectionHandler implements TaskFormHandler {

  private final VentureMapper venture;
  private final Applications applications;
  private final Clock clock;

  ObjectionHandler(VentureMapper venture, Applications applications, Clock clock) {
    this.venture = venture;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "venture-objection";
  }

  @Override
  public Map<String, Object> complete(WorkItem task, FormData data, StaffMember member) {
    VentureApplication a = applications.of(task);
    boolean upheld = "true".equals(data.text("upheld"));
    LocalDateTime now = LocalDateTime.now(clock);
    venture.decideObjections(a.id(), upheld, data.text("note"), member.username(), now);
    if (upheld) {
      Applications.moved(venture.moveStatus(a.id(), VentureApplication.POSTING, VentureApplication.CANCELLED), a);
      venture.release(a.roundId(), a.approvedAmount());
      venture.insertLedger(a.id(), "CANCELLED", null, a.approvedAmount(), now.toLocalDate(), null, member.username(),
          now);
    }
    return Map.of(VentureVariables.UPHELD, upheld);
  }
}

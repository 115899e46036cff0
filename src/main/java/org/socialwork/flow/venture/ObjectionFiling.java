package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示异议: during the posting of an approved grant anyone who can read the application files an objection (a
 * resident's objection is recorded by staff); it goes to the leading group. Outside the posting period: 409.
 */
@Service
class ObjectionFiling {

  private final VentureMapper venture;
  private final RuntimeService runtime;
  private final Clock clock;

  ObjectionFiling(VentureMapper venture, RuntimeService runtime, Clock clock) {
    this.venture = venture;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Transactional
  public Long file(String applicationNo, Map<String, Object> body, StaffMember member) {
    VentureReader reader = VentureReader.of(member, venture);
    VentureApplication a = venture.findApplicationByNo(applicationNo, reader.scope(), reader.organizationId())
        .orElseThrow(() -> new VentureNotFoundException(applicationNo));
    JsonInput in = JsonInput.of(body);
    String content = in.text("content", true, 2000);
    if (content != null && content.length() < 5) {
      in.reject("content", "form.minLength", 5);
    }
    in.throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock);
    if (!VentureApplication.POSTING.equals(a.status()) || a.postingEndsAt() == null
        || !now.isBefore(a.postingEndsAt())) {
      throw new VentureConflictException("venture.notPosting", applicationNo + " is not in its posting period");
    }
    VentureMapper.Key key = new VentureMapper.Key();
    venture.insertObjection(a.id(), member.username(), content, now, key);
    // the instance waits at the posting gateway, or is deciding an earlier objection (which then decides this one too)
    runtime.createMessageCorrelation(VentureVariables.OBJECTION_MESSAGE)
        .processInstanceBusinessKey(a.applicationNo()).correlateAll();
    return key.id;
  }
}

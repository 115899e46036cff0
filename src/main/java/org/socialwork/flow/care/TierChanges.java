package org.socialwork.flow.care;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.tasklist.WorkItemNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target's tier changed (re-plans the next visit from the new tier, counted from now) or a major change happened
 * (出院, 丧亲, 照料人离开, 极端天气: a visit within 24 h replaces the planned one). Both are kept as the target's history.
 */
@Service
class TierChanges {

  static final List<String> MAJOR_CHANGES = List.of("discharge", "bereavement", "carer_left", "weather");

  private final CareMapper care;
  private final VisitPlanning planning;
  private final Clock clock;

  TierChanges(CareMapper care, VisitPlanning planning, Clock clock) {
    this.care = care;
    this.planning = planning;
    this.clock = clock;
  }

  private CareTarget target(Long id, StaffMember member) {
    CareTarget target = care.findTarget(id, member.scope())
        .orElseThrow(() -> new WorkItemNotFoundException("CT-" + id));
    if (!VisitRecording.mayRecord(member, target.stationCode())) {
      throw new AccessDeniedException("Only the station's workers and supervisors change a target's tier");
    }
    return target;
  }

  /** Answers the id of the re-planned visit. */
  @Transactional
  public Long changeTier(Long targetId, Submission form, StaffMember member) {
    CareTarget target = target(targetId, member);
    FormErrors errors = new FormErrors();
    String tier = form.text("tier");
    if (tier == null) {
      errors.reject("tier", "form.required");
    } else if (care.findTier(tier).isEmpty()) {
      errors.reject("tier", "form.option");
    }
    String note = note(form, errors);
    errors.throwIfAny(form.values());
    care.updateTargetTier(target.id(), tier);
    care.insertTierChange(target.id(), target.tierCode(), tier, "tier", note, member.username(),
        LocalDateTime.now(clock));
    return planning.replan(care.findTargetById(target.id()).orElseThrow(), "tier changed to " + tier);
  }

  /** Answers the id of the visit due within 24 h. */
  @Transactional
  public Long majorChange(Long targetId, Submission form, StaffMember member) {
    CareTarget target = target(targetId, member);
    return majorChange(target, form, member);
  }

  Long majorChange(CareTarget target, Submission form, StaffMember member) {
    FormErrors errors = new FormErrors();
    String kind = form.text("kind");
    if (kind == null) {
      errors.reject("kind", "form.required");
    } else if (!MAJOR_CHANGES.contains(kind)) {
      errors.reject("kind", "form.option");
    }
    String note = note(form, errors);
    errors.throwIfAny(form.values());
    care.insertTierChange(target.id(), target.tierCode(), target.tierCode(), kind, note, member.username(),
        LocalDateTime.now(clock));
    return planning.visitSoon(target, "major change: " + kind);
  }

  private static String note(Submission form, FormErrors errors) {
    String note = form.text("note");
    if (note != null && note.length() > 500) {
      errors.reject("note", "form.maxLength", 500);
    }
    return note;
  }
}

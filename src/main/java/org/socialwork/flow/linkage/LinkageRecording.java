package org.socialwork.flow.linkage;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.venture.JsonInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 记录五社联动: which forces take part in a subject (a funded venture project, a volunteer activity, a care-visit
 * pairing), one record per subject. The first record creates it; a change names the {@code version} it read, so of two
 * people changing the same record at once exactly one wins and the other is told (409). Charitable resources stay
 * ticked while a standing donation went to the subject.
 */
@Service
class LinkageRecording {

  static final int TITLE_LENGTH = 200;

  private final LinkageMapper linkages;
  private final LinkSubjects subjects;
  private final Clock clock;

  LinkageRecording(LinkageMapper linkages, LinkSubjects subjects, Clock clock) {
    this.linkages = linkages;
    this.subjects = subjects;
    this.clock = clock;
  }

  /** The outcome: the linkage's id and version, and whether this call created it. */
  record Recorded(Long id, int version, boolean created) {
  }

  /** {kind, ref, forces[], note?, version?}: 400 naming the field, 409 when someone else changed it meanwhile. */
  @Transactional
  public Recorded record(Map<String, Object> body, StaffMember member) {
    LinkageAccess.requireRecorder(member);
    JsonInput in = JsonInput.of(body);
    String kindCode = in.text("kind", true, 12);
    SubjectKind kind = kindCode == null ? null : SubjectKind.of(kindCode).orElse(null);
    if (kindCode != null && kind == null) {
      in.reject("kind", "form.option");
    }
    String ref = in.text("ref", true, 40);
    LinkSubject subject = null;
    if (kind != null && ref != null && !in.errors().has("ref")) {
      subject = subjects.find(kind, ref, member).orElse(null);
      if (subject == null) {
        in.reject("ref", "linkage.subject.unknown", ref);
      } else if (!LinkageAccess.recordsFor(member, subject.stationCode())) {
        in.reject("ref", "linkage.subject.notYours", ref);
      }
    }
    Set<String> forces = forces(in);
    String note = in.text("note", false, 500);
    Integer version = version(in);
    in.throwIfAny();

    LocalDateTime now = LocalDateTime.now(clock);
    String title = cut(subject.title());
    Optional<Linkage> existing = linkages.findBySubject(kind.code(), subject.ref());
    if (existing.isEmpty()) {
      LinkageMapper.Key key = new LinkageMapper.Key();
      try {
        linkages.insertLinkage(new Linkage(null, kind.code(), subject.ref(), title, subject.stationCode(),
            subject.occurredOn(), note, member.username(), now, null, null, 0), key);
      } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
        throw new LinkageConflictException("linkage.changed", subject.ref() + " was recorded meanwhile");
      }
      forces.forEach(f -> linkages.insertForce(key.id, f));
      return new Recorded(key.id, 0, true);
    }
    Linkage l = existing.get();
    if (version == null || version != l.version()
        || linkages.updateLinkage(l.id(), version, title, note, member.username(), now) != 1) {
      throw new LinkageConflictException("linkage.changed", subject.ref() + " was changed meanwhile");
    }
    if (linkages.countStandingDonations(l.id()) > 0) {
      forces.add(Force.CHARITY.code());
    }
    linkages.deleteForces(l.id());
    forces.forEach(f -> linkages.insertForce(l.id(), f));
    return new Recorded(l.id(), version + 1, false);
  }

  /** The charitable-resources force of a linkage a donation went to (kept when it is there already). */
  void markCharity(Long linkageId) {
    if (linkages.countForce(linkageId, Force.CHARITY.code()) == 0) {
      linkages.insertForce(linkageId, Force.CHARITY.code());
    }
  }

  private static Set<String> forces(JsonInput in) {
    List<String> raw = in.texts("forces");
    Set<String> out = new LinkedHashSet<>();
    if (raw == null || raw.isEmpty()) {
      if (!in.errors().has("forces")) {
        in.reject("forces", "linkage.forces.required");
      }
      return out;
    }
    for (String f : raw) {
      if (Force.of(f).isEmpty()) {
        in.reject("forces", "form.option");
        return out;
      }
      out.add(f);
    }
    return out;
  }

  private static Integer version(JsonInput in) {
    Object v = in.raw("version");
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(v.toString().trim());
    } catch (NumberFormatException e) {
      in.reject("version", "linkage.version");
      return null;
    }
  }

  private static String cut(String title) {
    return title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1) + "…";
  }
}

package org.socialwork.flow.linkage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A subject and its linkage as it stands (forces, note, version), read before recording: 404 when not in scope. */
@Service
class LinkageSubjectLookup {

  private final LinkSubjects subjects;
  private final LinkageMapper linkages;

  LinkageSubjectLookup(LinkSubjects subjects, LinkageMapper linkages) {
    this.subjects = subjects;
    this.linkages = linkages;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> find(String kindCode, String ref, StaffMember member) {
    LinkageAccess.requireReader(member);
    SubjectKind kind = kindCode == null ? null : SubjectKind.of(kindCode.trim()).orElse(null);
    if (kind == null) {
      throw new org.socialwork.flow.problem.InvalidParameterException("kind", "kind must be one of "
          + SubjectKind.codes());
    }
    if (ref == null || ref.isBlank() || ref.length() > 40) {
      throw new org.socialwork.flow.problem.InvalidParameterException("ref", "ref must name the subject");
    }
    LinkSubject s = subjects.find(kind, ref, member).orElseThrow(() -> new LinkageNotFoundException(ref));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", kind.code());
    out.put("ref", s.ref());
    out.put("title", s.title());
    out.put("station", s.stationCode());
    out.put("occurredOn", s.occurredOn());
    out.put("mayRecord", LinkageAccess.recordsFor(member, s.stationCode()));
    linkages.findBySubject(kind.code(), s.ref()).ifPresentOrElse(l -> {
      List<String> forces = linkages.findForces(l.id());
      out.put("id", l.id());
      out.put("forces", Force.codes().stream().filter(forces::contains).toList());
      out.put("note", l.note());
      out.put("version", l.version());
    }, () -> out.put("forces", List.of()));
    return out;
  }
}

package org.socialwork.flow.library;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormData;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.FormValidator;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs library (社区需求库, aggregated from assessments) and the resource library (社会资源库). Supervisors
 * and the district (leading group, administrators) edit them; station workers read the resources they may link.
 */
@Component
public class Libraries {

  private final LibraryMapper library;
  private final LibraryForms forms;
  private final FormValidator validator;
  private final Clock clock;

  Libraries(LibraryMapper library, LibraryForms forms, FormValidator validator, Clock clock) {
    this.library = library;
    this.forms = forms;
    this.validator = validator;
    this.clock = clock;
  }

  /** Supervisors, mentors, the leading group and administrators. */
  public static boolean edits(StaffMember member) {
    return member.has(Role.SUPERVISOR) || member.has(Role.LEADER) || member.has(Role.ADMIN);
  }

  public static boolean seesNeeds(StaffMember member) {
    return edits(member) || member.has(Role.MENTOR);
  }

  @Transactional(readOnly = true)
  public List<NeedCount> needs(StaffMember member, String category) {
    if (!seesNeeds(member)) {
      throw new AccessDeniedException("The needs library is for supervisors and the district");
    }
    return library.countNeeds(member.scope(), category == null || category.isBlank() ? null : category);
  }

  @Transactional
  public void addNeedType(Map<String, Object> submitted, StaffMember member) {
    requireEditor(member);
    FormData form = validator.validate(forms.get("need-type"), submitted, new FormContext(member.username(), null));
    if (library.countNeedType(form.text("code")) > 0) {
      new FormErrors().reject("code", "library.codeTaken").throwIfAny(submitted);
    }
    library.insertNeedType(form.text("code"), form.text("name"), form.text("category"));
  }

  @Transactional(readOnly = true)
  public ListPage<Resource> resources(StaffMember member, String query, String dimension, Paging paging) {
    String q = query == null || query.isBlank() ? null : query.trim();
    String d = dimension == null || dimension.isBlank() ? null : dimension;
    return ListPage.of(library.findResources(member.scope(), q, d, paging.size(), paging.offset()),
        library.countResourcesInScope(member.scope(), q, d), paging);
  }

  /** A resource the member may edit: in scope, and district-wide ones only for district roles. */
  @Transactional(readOnly = true)
  public Resource editable(Long id, StaffMember member) {
    requireEditor(member);
    Resource r = library.findResource(id).orElseThrow(() -> new ResourceNotFoundException(id));
    boolean mayTouch = member.districtWide() ? true : r.stationCode() != null && member.sees(r.stationCode());
    if (!mayTouch) {
      throw new ResourceNotFoundException(id);
    }
    return r;
  }

  @Transactional
  public void save(Long id, Map<String, Object> submitted, StaffMember member) {
    requireEditor(member);
    FormData form = validator.validate(forms.get("resource"), submitted, new FormContext(member.username(), null));
    String station = form.text("stationCode");
    if (station == null && !member.districtWide()) {
      new FormErrors().reject("stationCode", "form.required").throwIfAny(submitted);
    }
    if (id == null) {
      library.insertResource(new Resource(null, form.text("dimension"), form.text("name"), form.text("description"),
          form.text("contact"), station, form.flag("active"), member.username(), LocalDateTime.now(clock)));
    } else {
      Resource r = editable(id, member);
      library.updateResource(new Resource(r.id(), form.text("dimension"), form.text("name"), form.text("description"),
          form.text("contact"), r.stationCode(), form.flag("active"), r.createdBy(), r.createdAt()));
    }
  }

  public org.socialwork.flow.form.FormSchema form(String formId) {
    return forms.get(formId);
  }

  private static void requireEditor(StaffMember member) {
    if (!edits(member)) {
      throw new AccessDeniedException("Only supervisors and the district edit the libraries");
    }
  }
}

package org.socialwork.flow.organization;

import org.socialwork.flow.audit.PersonNames;
import org.springframework.stereotype.Component;

/** People's names for the audit pages, from the staff directory. */
@Component
class AuditNames implements PersonNames {

  private final StaffDirectory staff;

  AuditNames(StaffDirectory staff) {
    this.staff = staff;
  }

  @Override
  public String nameOf(String username) {
    return staff.nameOf(username);
  }
}

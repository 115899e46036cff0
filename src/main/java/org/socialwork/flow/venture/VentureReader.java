package org.socialwork.flow.venture;

import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;

/**
 * Who reads venture records: an organisation's staff read their own organisation's ({@code organizationId}); everyone
 * else by station scope over the application's station (district roles: everything). An organisation login that no
 * organisation claims yet reads nothing.
 */
record VentureReader(StaffMember member, Long organizationId) {

  static VentureReader of(StaffMember member, VentureMapper venture) {
    if (member.has(Role.ORGANIZATION)) {
      return new VentureReader(member, venture.findMemberOrganization(member.username()).orElse(-1L));
    }
    return new VentureReader(member, null);
  }

  DataScope scope() {
    return member.scope();
  }

  /** The leading group and administrators set rounds, register organisations and decide. */
  boolean manages() {
    return member.has(Role.LEADER) || member.has(Role.ADMIN);
  }

  boolean organization() {
    return organizationId != null;
  }
}

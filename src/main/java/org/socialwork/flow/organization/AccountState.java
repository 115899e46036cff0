package org.socialwork.flow.organization;

import java.util.List;

/**
 * One row of {@code findAccountState}: the person's state with one of their roles ({@code username} and {@code role}
 * are null on the single row of a person without roles). {@link AccountGate} reads it on every request.
 */
record AccountState(String fullName, boolean active, boolean mustChangePassword, String username, Role role,
    String stationCode) {

  /** The roles of the rows, in their order; none for a person without roles. */
  static List<RoleAssignment> roles(List<AccountState> rows) {
    return rows.stream().filter(row -> row.role() != null)
        .map(row -> new RoleAssignment(row.username(), row.role(), row.stationCode())).toList();
  }
}

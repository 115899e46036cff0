package org.socialwork.flow.organization;

/** A role one person holds; {@code stationCode} is null for district-wide roles. */
public record RoleAssignment(String username, Role role, String stationCode) implements java.io.Serializable {

  public String group() {
    return role.group(stationCode);
  }
}

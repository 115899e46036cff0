package org.socialwork.flow.organization;

import java.util.List;

/**
 * Which stations' records a query may return. Passed into every MyBatis query of clients, cases and tasks,
 * so the filter is applied in SQL rather than after loading.
 */
public record DataScope(boolean districtWide, List<String> stations) {

  public static DataScope of(StaffMember member) {
    return new DataScope(member.districtWide(), List.copyOf(member.stationCodes()));
  }
}

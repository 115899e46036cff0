package org.socialwork.flow.volunteer;

import java.time.LocalDate;
import java.util.Optional;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Published (for the five-force linkage): a volunteer activity another module may refer to, read in the reader's
 * station scope; withdrawn activities are not offered. Only staff read it this way. The confirmed hours of activities
 * are summed in SQL by the fragment {@code org.socialwork.flow.volunteer.VolunteerFragments.activityHours}.
 */
@Component
public class LinkableActivities {

  private final ActivityMapper activities;

  LinkableActivities(ActivityMapper activities) {
    this.activities = activities;
  }

  /** An activity as others show it: its number, title, station and day. */
  public record LinkableActivity(String activityNo, String title, String stationCode, LocalDate on) {
  }

  public Optional<LinkableActivity> find(String activityNo, StaffMember reader) {
    if (activityNo == null || !reader.staff()) {
      return Optional.empty();
    }
    return activities.findByNo(activityNo.trim(), reader.scope())
        .filter(a -> !Activity.WITHDRAWN.equals(a.status()))
        .map(a -> new LinkableActivity(a.activityNo(), a.title(), a.stationCode(), a.startsAt().toLocalDate()));
  }
}

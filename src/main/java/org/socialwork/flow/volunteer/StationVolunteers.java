package org.socialwork.flow.volunteer;

import java.util.List;
import java.util.Optional;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Component;

/**
 * The volunteer module's published reader for other capabilities (first: pairing a care-visit target with a
 * volunteer): a station's volunteers by name, one by number, the volunteer a login belongs to. No ID numbers.
 */
@Component
public class StationVolunteers {

  /** A volunteer as another capability shows and pairs them; {@code username} null when they have no login. */
  public record VolunteerCard(String volunteerNo, String fullName, String stationCode, String username) {
  }

  private final VolunteerMapper volunteers;

  StationVolunteers(VolunteerMapper volunteers) {
    this.volunteers = volunteers;
  }

  /** The station's volunteers (at most {@code limit}) by number, without their logins. */
  public List<VolunteerCard> of(String stationCode, int limit) {
    return volunteers.findVolunteers(new DataScope(false, List.of(stationCode)), stationCode, null, limit).stream()
        .map(r -> new VolunteerCard(r.volunteerNo(), r.fullName(), r.stationCode(), null)).toList();
  }

  /** A volunteer by number, whatever the reader (the caller checks its own scope), with their login. */
  public Optional<VolunteerCard> find(String volunteerNo) {
    return volunteers.findAnyByNo(volunteerNo).map(StationVolunteers::card);
  }

  /** The volunteer record of a signed-in volunteer. */
  public Optional<VolunteerCard> self(StaffMember member) {
    return member.has(Role.VOLUNTEER) ? volunteers.findByUsername(member.username()).map(StationVolunteers::card)
        : Optional.empty();
  }

  private static VolunteerCard card(Volunteer v) {
    return new VolunteerCard(v.volunteerNo(), v.fullName(), v.stationCode(), v.username());
  }
}

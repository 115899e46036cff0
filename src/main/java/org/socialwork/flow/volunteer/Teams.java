package org.socialwork.flow.volunteer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.problem.InvalidParameterException;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 志愿服务队: a station's teams (文艺, 为老, 为小, 夕阳红 …) with a leader (a worker or a volunteer) and members. */
@Service
class Teams {

  private final VolunteerMapper volunteers;
  private final Clock clock;

  Teams(VolunteerMapper volunteers, Clock clock) {
    this.volunteers = volunteers;
    this.clock = clock;
  }

  public record TeamPage(Long id, String name, String kind, String stationCode, String leader, List<String> members) {
  }

  @Transactional
  public TeamPage create(Fields body, StaffMember member) {
    FormErrors errors = new FormErrors();
    String station = body.text("stationCode");
    if (station == null) {
      errors.reject("stationCode", "form.required");
    } else if (!VolunteerAccess.manages(member, station)) {
      errors.reject("stationCode", "form.option");
    }
    String name = body.text("name");
    if (name == null) {
      errors.reject("name", "form.required");
    } else if (name.length() > 100) {
      errors.reject("name", "form.maxLength", 100);
    }
    String kind = body.text("kind");
    if (kind == null) {
      errors.reject("kind", "form.required");
    } else if (kind.length() > 50) {
      errors.reject("kind", "form.maxLength", 50);
    }
    String leader = body.text("leader");
    if (leader != null && leader.length() > 64) {
      errors.reject("leader", "form.maxLength", 64);
    }
    List<Volunteer> members = new ArrayList<>();
    for (String no : new LinkedHashSet<>(body.list("members"))) {
      volunteers.findByNo(no, member.scope()).filter(v -> v.stationCode().equals(body.text("stationCode")))
          .ifPresentOrElse(members::add, () -> errors.reject("members", "volunteer.team.member", no));
    }
    errors.throwIfAny(body.values());
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    VolunteerMapper.Key key = new VolunteerMapper.Key();
    volunteers.insertTeam(new VolunteerMapper.Team(null, name, kind, station, leader, now), key);
    members.forEach(v -> volunteers.insertTeamMember(key.id, v.id(), now));
    return team(key.id, member);
  }

  @Transactional
  public TeamPage addMember(Long teamId, String volunteerNo, StaffMember member) {
    VolunteerMapper.Team t = volunteers.findTeam(teamId, member.scope())
        .orElseThrow(() -> new NotFoundException("No team " + teamId));
    if (!VolunteerAccess.manages(member, t.stationCode())) {
      throw new AccessDeniedException("Only the station's staff change its teams");
    }
    if (volunteerNo == null) {
      throw new InvalidParameterException("volunteerNo", "volunteerNo is required");
    }
    Volunteer v = volunteers.findByNo(volunteerNo, member.scope())
        .orElseThrow(() -> new NotFoundException("No volunteer " + volunteerNo));
    try {
      volunteers.insertTeamMember(t.id(), v.id(), LocalDateTime.now(clock).withNano(0));
    } catch (DuplicateKeyException alreadyMember) {
      // adding a member twice changes nothing
    }
    return team(teamId, member);
  }

  public TeamPage team(Long id, StaffMember member) {
    VolunteerMapper.Team t = volunteers.findTeam(id, member.scope())
        .orElseThrow(() -> new NotFoundException("No team " + id));
    return new TeamPage(t.id(), t.name(), t.kind(), t.stationCode(), t.leader(), volunteers.findTeamMemberNos(t.id()));
  }

  public List<TeamPage> teams(StaffMember member) {
    return volunteers.findTeams(member.scope()).stream().map(t -> new TeamPage(t.id(), t.name(), t.kind(),
        t.stationCode(), t.leader(), volunteers.findTeamMemberNos(t.id()))).toList();
  }
}

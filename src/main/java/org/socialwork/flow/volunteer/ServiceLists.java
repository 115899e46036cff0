package org.socialwork.flow.volunteer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.StaffMember;
import org.socialwork.flow.paging.ListPage;
import org.socialwork.flow.paging.Paging;
import org.socialwork.flow.problem.InvalidParameterException;
import org.socialwork.flow.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other two of Kuiwen's lists and the numbers of all three: the 服务项目清单 (the services a station offers, kept
 * by its workers and supervisors; a need is ordered from it), the 服务资源清单 (what the station's teams and volunteers
 * can offer: each team kind with its teams and members, each skill with the volunteers who have it), and per station
 * the needs by state, their average satisfaction, the services, team kinds and skills.
 */
@Service
class ServiceLists {

  private final NeedMapper lists;
  private final VolunteerMapper volunteers;
  private final Clock clock;

  ServiceLists(NeedMapper lists, VolunteerMapper volunteers, Clock clock) {
    this.lists = lists;
    this.volunteers = volunteers;
    this.clock = clock;
  }

  /** A line of the resources list: a team kind ({@code TEAM}) or a skill ({@code SKILL}) of a station. */
  public record Resource(String stationCode, String stationName, String kind, String name, int teams,
                         int volunteers) {
  }

  /** A station's numbers of the three lists. */
  public record StationLists(String stationCode, String stationName, int needsOpen, int needsOrdered,
                             int needsDispatched, int needsClosed, BigDecimal satisfaction, int services,
                             int resources) {
  }

  public ListPage<NeedMapper.ServiceItem> services(StaffMember member, String station, boolean activeOnly,
                                                   Paging paging) {
    return ListPage.of(lists.findServiceItems(member.scope(), station, activeOnly, paging.size(), paging.offset()),
        lists.countServiceItems(member.scope(), station, activeOnly), paging);
  }

  /** The active services of a station, for the order (点单) form. */
  public List<NeedMapper.ServiceItem> servicesOf(String station, StaffMember member) {
    return lists.findServiceItems(member.scope(), station, true, Paging.MAX_SIZE, 0);
  }

  /** A station's worker or supervisor adds a service: name, category, description, teamId (a team of the station). */
  @Transactional
  public NeedMapper.ServiceItem addService(Fields body, StaffMember member) {
    FormErrors errors = new FormErrors();
    String station = body.text("stationCode");
    if (station == null) {
      errors.reject("stationCode", "form.required");
    } else if (!VolunteerAccess.manages(member, station)) {
      errors.reject("stationCode", "form.option");
    }
    String name = Needs.text(body, "name", 100, true, errors);
    String category = Needs.text(body, "category", 50, true, errors);
    String description = Needs.text(body, "description", 1000, false, errors);
    Long teamId = null;
    String team = body.text("teamId");
    if (team != null) {
      try {
        teamId = Long.valueOf(team);
        if (volunteers.findTeam(teamId, member.scope()).filter(t -> t.stationCode().equals(station)).isEmpty()) {
          errors.reject("teamId", "form.option");
        }
      } catch (NumberFormatException e) {
        errors.reject("teamId", "form.option");
      }
    }
    errors.throwIfAny(body.values());
    VolunteerMapper.Key key = new VolunteerMapper.Key();
    lists.insertServiceItem(new NeedMapper.NewServiceItem(station, name, category, description, teamId,
        member.username(), LocalDateTime.now(clock).withNano(0)), key);
    return lists.findServiceItem(key.id, member.scope()).orElseThrow();
  }

  /** Takes a service off the list (no new orders) or puts it back ({@code active} required: else 400 naming it). */
  @Transactional
  public NeedMapper.ServiceItem setActive(Long id, Boolean active, StaffMember member) {
    NeedMapper.ServiceItem item = lists.findServiceItem(id, member.scope())
        .orElseThrow(() -> new NotFoundException("No service " + id));
    if (!VolunteerAccess.manages(member, item.stationCode())) {
      throw new AccessDeniedException("Only the station's staff change its services");
    }
    if (active == null) {
      throw new InvalidParameterException("active", "active (true or false) is required");
    }
    lists.setServiceItemActive(id, active);
    return lists.findServiceItem(id, member.scope()).orElseThrow();
  }

  /** The resources list of the stations in scope (or one), by station, then team kinds, then skills by name. */
  public ListPage<Resource> resources(StaffMember member, String station, Paging paging) {
    List<Resource> all = allResources(member, station);
    int from = Math.min(paging.offset(), all.size());
    int to = Math.min(from + paging.size(), all.size());
    return ListPage.of(all.subList(from, to), all.size(), paging);
  }

  private List<Resource> allResources(StaffMember member, String station) {
    List<Resource> out = new ArrayList<>();
    lists.findTeamKinds(member.scope(), station).forEach(k -> out.add(
        new Resource(k.stationCode(), k.stationName(), "TEAM", k.kind(), k.teams(), k.volunteers())));
    Map<List<String>, Integer> skills = new TreeMap<>(Comparator.<List<String>, String>comparing(l -> l.get(0))
        .thenComparing(l -> l.get(2)));
    for (NeedMapper.Skills s : lists.findSkills(member.scope(), station)) {
      for (String skill : new LinkedHashSet<>(Fields.of(Map.of("s", s.skills())).list("s"))) {
        skills.merge(List.of(s.stationCode(), s.stationName() == null ? s.stationCode() : s.stationName(), skill), 1,
            Integer::sum);
      }
    }
    skills.forEach((k, n) -> out.add(new Resource(k.get(0), k.get(1), "SKILL", k.get(2), 0, n)));
    out.sort(Comparator.comparing(Resource::stationCode).thenComparing(Resource::kind, Comparator.reverseOrder()));
    return out;
  }

  /** 各清单数量: per station in scope, the needs by state and their average satisfaction, services, resources. */
  public List<StationLists> figures(StaffMember member) {
    Map<String, NeedMapper.StationFigures> needs = lists.findFigures(member.scope()).stream()
        .collect(Collectors.toMap(NeedMapper.StationFigures::stationCode, Function.identity()));
    Map<String, Integer> services = lists.countActiveServices(member.scope()).stream()
        .collect(Collectors.toMap(NeedMapper.StationCount::stationCode, NeedMapper.StationCount::items));
    Map<String, List<Resource>> resources = allResources(member, null).stream()
        .collect(Collectors.groupingBy(Resource::stationCode));
    Map<String, String> names = new TreeMap<>();
    needs.values().forEach(f -> names.put(f.stationCode(), f.stationName()));
    resources.forEach((code, r) -> names.putIfAbsent(code, r.get(0).stationName()));
    services.keySet().forEach(code -> names.putIfAbsent(code, volunteers.stationName(code)));
    List<StationLists> out = new ArrayList<>();
    names.forEach((code, name) -> {
      NeedMapper.StationFigures f = needs.get(code);
      out.add(new StationLists(code, name, f == null ? 0 : f.needsOpen(), f == null ? 0 : f.needsOrdered(),
          f == null ? 0 : f.needsDispatched(), f == null ? 0 : f.needsClosed(),
          f == null || f.satisfaction() == null ? null
              : BigDecimal.valueOf(f.satisfaction()).setScale(1, RoundingMode.HALF_UP),
          services.getOrDefault(code, 0), resources.getOrDefault(code, List.of()).size()));
    });
    return out;
  }
}

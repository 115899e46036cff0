package org.socialwork.flow.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Taiyanggong (太阳宫地区, Chaoyang, Beijing) from the seed article: 1 district service centre, its
 * communities' and villages' stations (西坝河北里 is the demonstration station), and demo accounts with
 * the password {@code demo}.
 */
@Component
class DemoDistrict {

  static final String PASSWORD = "demo";
  static final String ADMIN = "admin";
  static final String DISTRICT = "taiyanggong";

  private static final List<String[]> STATIONS = List.of(
      new String[] {"xbhbl", "西坝河北里"},
      new String[] {"sjl", "尚家楼"},
      new String[] {"syj1", "芍药居一"},
      new String[] {"syj2", "芍药居二"},
      new String[] {"syj3", "芍药居三"},
      new String[] {"syj4", "芍药居四"},
      new String[] {"hza", "惠忠庵"},
      new String[] {"tyg", "太阳宫"},
      new String[] {"szk", "十字口"},
      new String[] {"nwm", "牛王庙"},
      new String[] {"xjy", "夏家园"},
      new String[] {"tygc", "太阳宫村"},
      new String[] {"szkc", "十字口村"},
      new String[] {"nwmc", "牛王庙村"});

  private final OrganizationMapper organization;
  private final IdentityMirror identity;
  private final Clock clock;

  DemoDistrict(OrganizationMapper organization, IdentityMirror identity, Clock clock) {
    this.organization = organization;
    this.identity = identity;
    this.clock = clock;
  }

  void load() {
    organization.insertDistrict(DISTRICT, "太阳宫地区");
    for (String[] s : STATIONS) {
      boolean village = s[1].endsWith("村");
      String community = village ? s[1] : s[1] + "社区";
      organization.insertStation(new Station(s[0], DISTRICT, community + "社工站", community,
          "xbhbl".equals(s[0]), true));
    }
    person("admin", "系统管理员", Role.ADMIN, null);
    person("leader", "王建国", Role.LEADER, null);
    person("mentor", "李慧敏", Role.MENTOR, null);
    person("xbhbl-supervisor", "张晓梅", Role.SUPERVISOR, "xbhbl");
    person("xbhbl-worker", "刘洋", Role.WORKER, "xbhbl");
    person("xbhbl-worker2", "陈静", Role.WORKER, "xbhbl");
    person("sjl-supervisor", "赵丽华", Role.SUPERVISOR, "sjl");
    person("sjl-worker", "孙磊", Role.WORKER, "sjl");
    person("org-demo", "阳光社工服务中心 职员", Role.ORGANIZATION, null);
    for (String[] s : STATIONS.subList(2, STATIONS.size())) {
      person(s[0] + "-supervisor", s[1] + "督导", Role.SUPERVISOR, s[0]);
      person(s[0] + "-worker", s[1] + "社工", Role.WORKER, s[0]);
    }
  }

  private void person(String username, String name, Role role, String station) {
    Person p = new Person(username, name, null, true, LocalDateTime.now(clock));
    organization.insertPerson(p);
    organization.insertRole(new RoleAssignment(username, role, station));
    identity.ensureUser(p, PASSWORD);
  }
}

package org.socialwork.flow.care;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.organization.DemoData;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo district: a roster of six targets per station that has a worker, registered by that worker; two
 * visits fall due this week, one is overdue within its window, one is past its window (late, with the supervisors as
 * soon as the job executor runs), two are planned by their tier.
 */
@Component
@Order(6)
class DemoCare implements ApplicationRunner {

  private static final String[][] PEOPLE = {
      {"王秀英", "alone", "19380512"}, {"李桂兰", "disabled", "19441103"}, {"张德明", "empty_nest", "19500221"},
      {"刘小宇", "child_difficulty", "20150609"}, {"陈玉珍", "dispersed_support", "19470917"},
      {"赵志强", "family_planning", "19560730"}};
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final CareMapper care;
  private final TargetRegistration registration;
  private final VisitPlanning planning;
  private final StaffDirectory staff;
  private final Clock clock;
  private final DemoData demoData;

  DemoCare(CareMapper care, TargetRegistration registration, VisitPlanning planning, StaffDirectory staff,
           Clock clock, DemoData demoData) {
    this.care = care;
    this.registration = registration;
    this.planning = planning;
    this.staff = staff;
    this.clock = clock;
    this.demoData = demoData;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.taiyanggong() || !care.findTargets(new org.socialwork.flow.organization.DataScope(true, List.of()), null, null,
        null, null, 1, 0).isEmpty()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
    int station = 0;
    for (var person : staff.peopleWithRole(Role.WORKER)) {
      StaffMember worker = staff.find(person.username()).orElseThrow();
      String code = worker.stationsAs(Role.WORKER).iterator().next();
      if (!person.username().equals(code + "-worker")) {
        continue;
      }
      station++;
      for (int i = 0; i < PEOPLE.length; i++) {
        Map<String, Object> form = new HashMap<>();
        form.put("stationCode", code);
        form.put("name", PEOPLE[i][0]);
        form.put("idNumber", idNumber(PEOPLE[i][2], station * 10 + i));
        form.put("phone", "1390000" + String.format("%04d", station * 10 + i));
        form.put("address", "社区" + (i + 1) + "号楼" + (100 + station) + "室");
        form.put("category", PEOPLE[i][1]);
        form.put("consent", true);
        if ("child_difficulty".equals(PEOPLE[i][1])) {
          form.put("subCategory", "family");
        }
        CareTarget t = registration.register(Submission.of(form), worker);
        CareTier tier = care.findTier(t.tierCode()).orElseThrow();
        VisitPlan plan = switch (i) {
          case 0 -> new VisitPlan(now.plusDays(1), now.minusDays(1), now.plusDays(3));
          case 1 -> new VisitPlan(now.plusDays(3), now.minusDays(2), now.plusDays(8));
          case 2 -> new VisitPlan(now.minusDays(1), now.minusDays(3), now.plusDays(tier.windowAfterDays()));
          case 3 -> new VisitPlan(now.minusDays(6), now.minusDays(11), now.minusDays(1));
          default -> null;
        };
        if (plan != null) {
          planning.planAt(t, plan);
        }
      }
    }
  }

  private static String idNumber(String birth, int n) {
    String first17 = "110105" + birth + String.format("%03d", 500 + n % 500);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return first17 + CHECK[sum % 11];
  }
}

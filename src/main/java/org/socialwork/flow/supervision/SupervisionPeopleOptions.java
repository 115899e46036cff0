package org.socialwork.flow.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.socialwork.flow.organization.StaffDirectory;
import org.socialwork.flow.organization.Person;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.RoleAssignment;
import org.springframework.stereotype.Component;

/**
 * The people the supervision and meeting forms offer: {@code supervisionMentors} (expert supervisors, resident
 * supervisors and workers, a senior social worker mentoring a colleague), {@code supervisees} (the workers of the stations the form's user supervises, all for the district's
 * roles) and {@code actionItemOwners} (the station's people and the mentors for a station's form; the district's
 * supervisors, mentors and leading group otherwise).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class SupervisionPeopleOptions {

  private final StaffDirectory staff;

  SupervisionPeopleOptions(StaffDirectory staff) {
    this.staff = staff;
  }

  @org.springframework.context.annotation.Bean
  OptionSource supervisionMentors() {
    return OptionSource.of("supervisionMentors", c -> holders(r -> r.role() == Role.MENTOR || r.role() == Role.SUPERVISOR
        || r.role() == Role.WORKER));
  }

  @org.springframework.context.annotation.Bean
  OptionSource supervisees() {
    return OptionSource.of("supervisees", c -> {
      List<RoleAssignment> mine = staff.rolesOf(c.username());
      boolean district = mine.stream().anyMatch(r -> r.role().districtWide());
      Set<String> supervised = mine.stream().filter(r -> r.role() == Role.SUPERVISOR)
          .map(RoleAssignment::stationCode).collect(Collectors.toSet());
      return holders(r -> r.role() == Role.WORKER && (district || supervised.contains(r.stationCode())));
    });
  }

  @org.springframework.context.annotation.Bean
  OptionSource actionItemOwners() {
    return OptionSource.of("actionItemOwners", c -> c.stationCode() == null
        ? holders(r -> r.role() == Role.SUPERVISOR || r.role() == Role.MENTOR || r.role() == Role.LEADER)
        : holders(r -> c.stationCode().equals(r.stationCode()) || r.role() == Role.MENTOR));
  }

  private List<FormOption> holders(Predicate<RoleAssignment> which) {
    Map<String, String> names = staff.activePeople().stream()
        .collect(Collectors.toMap(Person::username, Person::fullName, (a, b) -> a));
    Map<String, FormOption> out = new LinkedHashMap<>();
    staff.allRoles().stream().filter(which).filter(r -> names.containsKey(r.username()))
        .forEach(r -> out.putIfAbsent(r.username(), new FormOption(r.username(),
            names.get(r.username()) + (r.stationCode() == null ? "" : "（" + r.stationCode() + "）"))));
    return List.copyOf(out.values());
  }
}

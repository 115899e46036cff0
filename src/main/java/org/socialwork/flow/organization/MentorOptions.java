package org.socialwork.flow.organization;

import java.util.List;
import org.socialwork.flow.form.FormContext;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.springframework.stereotype.Component;

/** {@code valuesKey: mentors}: the district's mentors and expert supervisors (导师 / 专家督导). */
@Component
class MentorOptions implements OptionSource {

  private final OrganizationMapper organization;

  MentorOptions(OrganizationMapper organization) {
    this.organization = organization;
  }

  @Override
  public String valuesKey() {
    return "mentors";
  }

  @Override
  public List<FormOption> options(FormContext context) {
    return organization.findPeopleWithRole(Role.MENTOR).stream()
        .map(p -> new FormOption(p.username(), p.fullName()))
        .toList();
  }
}

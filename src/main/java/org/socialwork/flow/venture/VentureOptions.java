package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormOption;
import org.socialwork.flow.form.OptionSource;
import org.socialwork.flow.organization.Stations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application form's choices for an organisation login: the rounds open today, the stations it serves. */
@Configuration(proxyBeanMethods = false)
class VentureOptions {

  @Bean
  OptionSource ventureOpenRounds(VentureMapper venture, Clock clock) {
    return OptionSource.of("ventureOpenRounds", context -> {
      LocalDate today = LocalDate.now(clock);
      return venture.findRounds().stream()
          .filter(r -> !today.isBefore(r.opensOn()) && !today.isAfter(r.closesOn()))
          .map(r -> new FormOption(String.valueOf(r.id()), r.title())).toList();
    });
  }

  @Bean
  OptionSource ventureStations(VentureMapper venture, Stations stations) {
    return OptionSource.of("ventureStations", context -> {
      Long organization = venture.findMemberOrganization(context.username()).orElse(null);
      if (organization == null) {
        return List.of();
      }
      Map<String, String> names = stations.names();
      return venture.findOrganizationStations(organization).stream()
          .map(code -> new FormOption(code, names.getOrDefault(code, code))).toList();
    });
  }
}

package org.socialwork.flow.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observation around each of Spring Security's filters, authentications and authorizations. With the
 * actuator on the classpath Spring Security wraps every filter of both chains in an observation of its own (a timer
 * and a long-task timer with their tags, per filter, per request): 4.6 % of the server's CPU in the load test's JFR
 * profile, for meters nobody reads. Requests stay measured as a whole ({@code http_server_requests_seconds}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }
}

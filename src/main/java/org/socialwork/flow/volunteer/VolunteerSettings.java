package org.socialwork.flow.volunteer;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code socialwork.volunteer.*}: how long confirmed hours are publicly posted before they enter the ledgers
 * ({@code posting-period}, ISO-8601, default P3D), how long a check-in code is valid ({@code code-validity},
 * default PT10M), and the check-in window on the activity's day: from {@code check-in-opens} (default PT1H) before the
 * start until {@code check-out-closes} (default PT2H) after the end.
 */
@ConfigurationProperties("socialwork.volunteer")
record VolunteerSettings(@DefaultValue("P3D") String postingPeriod, @DefaultValue("PT10M") Duration codeValidity,
                         @DefaultValue("PT1H") Duration checkInOpens, @DefaultValue("PT2H") Duration checkOutCloses) {

  VolunteerSettings {
    Period.parse(postingPeriod);
  }
}

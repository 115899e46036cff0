package org.socialwork.flow.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code socialwork.supervision.*}: the default schedule of a pair (ISO-8601 period), the time of day sessions
 * are due, and how long after its date a session may go unrecorded before it escalates (ISO-8601 duration).
 */
@ConfigurationProperties("socialwork.supervision")
public record SupervisionSettings(@DefaultValue("P1M") String defaultSchedule,
                                  @DefaultValue("09:00") String sessionTime,
                                  @DefaultValue("P7D") String recordWithin) {
}

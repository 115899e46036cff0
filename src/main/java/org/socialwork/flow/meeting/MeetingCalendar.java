package org.socialwork.flow.meeting;

import org.springframework.beans.factory.annotation.Value;
import org.socialwork.flow.system.ModelBean;

/**
 * {@code ${meetingCalendar.cron}}: when the month's meeting opens by itself, from {@code socialwork.meeting.cron}
 * (Camunda's Quartz-like cron with seconds; default {@code 0 0 9 1W * ?}, the first weekday of the month at 09:00).
 * Read when the model is deployed: a changed setting takes effect with the next deployment of monthly-meeting.
 */
@ModelBean("meetingCalendar")
public class MeetingCalendar {

  public static final String DEFAULT_CRON = "0 0 9 1W * ?";

  private final String cron;
  private final String reportWithin;

  public MeetingCalendar(@Value("${socialwork.meeting.cron:" + DEFAULT_CRON + "}") String cron,
                         @Value("${socialwork.meeting.report-within:P5D}") String reportWithin) {
    this.cron = cron;
    this.reportWithin = reportWithin;
  }

  /** How long the stations have to file their reports (ISO-8601 duration) before the agenda goes ahead. */
  public String getReportWithin() {
    return reportWithin;
  }

  public String getCron() {
    return cron;
  }
}

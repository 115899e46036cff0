package org.socialwork.flow.venture;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/** The variables of {@code micro-venture}: ids, the people tasks go to, routing flags and timer dates. */
public final class VentureVariables {

  public static final String PROCESS_KEY = "micro-venture";
  public static final String APPLICATION_ID = "applicationId";
  public static final String ROUND_ID = "roundId";
  public static final String STATION_CODE = "stationCode";
  public static final String OFFICER = "officer";
  public static final String APPLICANT = "applicant";
  public static final String REVIEWERS = "reviewers";
  public static final String REVIEWER = "reviewer";
  public static final String DEBARRED = "debarred";
  /** pass, more, refuse */
  public static final String SCREENING = "screening";
  public static final String MORE_INFO_DUE = "moreInfoDue";
  /** approve, reserve, reject */
  public static final String DETERMINATION = "determination";
  public static final String POSTING_ENDS_AT = "postingEndsAt";
  public static final String UPHELD = "upheld";
  public static final String FIRST_PAYMENT_DUE = "firstPaymentDue";
  public static final String OBJECTION_MESSAGE = "VentureObjection";

  public static final String TASK_SCREEN = "Task_Screen";
  public static final String TASK_MORE_INFO = "Task_MoreInfo";
  public static final String TASK_SCORE = "Task_Score";
  public static final String TASK_DETERMINE = "Task_Determine";
  public static final String TASK_DECIDE_OBJECTION = "Task_DecideObjection";
  public static final String TASK_SIGN = "Task_SignAgreement";
  public static final String TASK_PAY = "Task_PayTranche";

  private VentureVariables() {
  }

  static Date date(LocalDateTime t) {
    return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
  }
}

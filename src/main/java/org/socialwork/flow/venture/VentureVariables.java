package org.socialwork.flow.venture;

import java.time.LocalDate;
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
  public static final String MID_TERM_DUE = "midTermDue";
  public static final String FINAL_DUE = "finalDue";
  public static final String TRANCHES_LEFT = "tranchesLeft";
  /** pass, fail */
  public static final String EVALUATION = "evaluation";
  /** mid, final: the stage whose report failed */
  public static final String STAGE = "stage";
  /** rectify, terminate */
  public static final String FAILURE = "failure";
  public static final String OBJECTION_MESSAGE = "VentureObjection";

  public static final String TASK_SCREEN = "Task_Screen";
  public static final String TASK_MORE_INFO = "Task_MoreInfo";
  public static final String TASK_SCORE = "Task_Score";
  public static final String TASK_DETERMINE = "Task_Determine";
  public static final String TASK_DECIDE_OBJECTION = "Task_DecideObjection";
  public static final String TASK_SIGN = "Task_SignAgreement";
  public static final String TASK_PAY = "Task_PayTranche";
  public static final String TASK_MID_TERM_REPORT = "Task_MidTermReport";
  public static final String TASK_MID_TERM_EVALUATION = "Task_MidTermEvaluation";
  public static final String TASK_FINAL_REPORT = "Task_FinalReport";
  public static final String TASK_FINAL_EVALUATION = "Task_FinalEvaluation";
  public static final String TASK_DECIDE_FAILURE = "Task_DecideFailure";
  public static final String MID = "MID";
  public static final String FINAL = "FINAL";

  /** The report stage (MID, FINAL) of a report or evaluation task, or of a late marker's activity. */
  static String stageOf(String activityId) {
    return activityId.contains("MidTerm") ? MID : FINAL;
  }

  /** The end of a day, as the timers and due dates of reports take it. */
  static Date endOf(LocalDate day) {
    return date(day.plusDays(1).atStartOfDay());
  }

  private VentureVariables() {
  }

  static Date date(LocalDateTime t) {
    return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
  }
}

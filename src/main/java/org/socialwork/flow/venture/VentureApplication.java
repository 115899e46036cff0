package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** 项目申报: one application of an organisation to a round, worked on by one micro-venture instance. */
public record VentureApplication(Long id, String applicationNo, Long roundId, Long organizationId, String stationCode,
                                 String projectName, String track, String targetGroup, Integer beneficiaries,
                                 String activities, BigDecimal requestedAmount, BigDecimal matchedFunds, String status,
                                 LocalDate moreInfoDue, String moreInfoNote, String moreInfoAnswer, String refusalReason, BigDecimal score,
                                 BigDecimal approvedAmount, String determinationNote, LocalDateTime postingEndsAt,
                                 String agreementFile, LocalDate agreementSignedOn, String processInstanceId,
                                 String submittedBy, LocalDateTime submittedAt, LocalDate closedOn,
                                 String endNote) {

  public static final String SCREENING = "SCREENING";
  public static final String MORE_INFO = "MORE_INFO";
  public static final String REFUSED = "REFUSED";
  public static final String REVIEW = "REVIEW";
  public static final String DETERMINATION = "DETERMINATION";
  public static final String RESERVED = "RESERVED";
  public static final String REJECTED = "REJECTED";
  public static final String POSTING = "POSTING";
  public static final String CANCELLED = "CANCELLED";
  public static final String SIGNING = "SIGNING";
  public static final String PAYING = "PAYING";
  /** tranche 1 paid: the project runs (mid-term and final reports) */
  public static final String IMPLEMENTING = "IMPLEMENTING";
  /** an evaluation failed or a report was late: no payment until the leading group decides */
  public static final String SUSPENDED = "SUSPENDED";
  public static final String CLOSED = "CLOSED";
  public static final String TERMINATED = "TERMINATED";
}

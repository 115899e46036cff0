package org.socialwork.flow.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 督导记录表: one session of a pair. SCHEDULED when its date comes, RECORDED by the mentor (overdue if the
 * record came late), REFLECTED once every supervisee wrote their reflection, SIGNED by the mentor.
 */
public record SupervisionSession(Long id, Long pairId, String stationCode, LocalDate scheduledOn, String status,
                                 LocalDate heldOn, String sessionFormat, String issues, String guidance,
                                 String groupActivity, BigDecimal hours, boolean overdue, String recordedBy,
                                 LocalDateTime recordedAt, String signedBy, LocalDateTime signedAt,
                                 String signOffComment, String pairNo, String mentor, String mentorName) {

  public static final String SCHEDULED = "SCHEDULED";
  public static final String RECORDED = "RECORDED";
  public static final String SIGNED = "SIGNED";

  /** 个案反思及讨论: a session about one or more cases, shown on their case files. */
  public static final String CASE_CONFERENCE = "case_conference";
  /** 学习成长小组 and other group sessions. */
  public static final String GROUP = "group";
}

package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 检查: an inspection of a station (or of one of its projects) with one template version, by one or more inspectors.
 * Its number (e.g. JC-2026-0001) is the process instance's business key.
 */
public class Inspection {

  public enum Status { SCORING, REVIEW, RECTIFYING, REINSPECTING, CLOSED, RECTIFIED, FAILED }

  /** The inspection types; a self-check is filed by the station itself. */
  public static final List<String> TYPES = List.of("station", "mid_term", "annual", "demonstration", "self_check");

  private Long id;
  private String inspectionNo;
  private String inspectionType;
  private String stationCode;
  private String stationName;
  private Long projectId;
  private String projectName;
  private Long templateId;
  private String templateName;
  private int templateVersion;
  private Long roundId;
  private LocalDate plannedOn;
  private String plannedBy;
  private int rectificationDays;
  private Status status;
  private BigDecimal totalScore;
  private BigDecimal maxScore;
  private Boolean passed;
  private String summary;
  private String processInstanceId;
  private LocalDateTime createdAt;
  private LocalDateTime scoredAt;
  private LocalDateTime closedAt;

  static Inspection plan(String no, String type, String stationCode, Long projectId, Long templateId, Long roundId,
                         LocalDate plannedOn, String plannedBy, int rectificationDays, LocalDateTime now) {
    Inspection i = new Inspection();
    i.inspectionNo = no;
    i.inspectionType = type;
    i.stationCode = stationCode;
    i.projectId = projectId;
    i.templateId = templateId;
    i.roundId = roundId;
    i.plannedOn = plannedOn;
    i.plannedBy = plannedBy;
    i.rectificationDays = rectificationDays;
    i.status = Status.SCORING;
    i.createdAt = now;
    return i;
  }

  public boolean isSelfCheck() {
    return "self_check".equals(inspectionType);
  }

  public boolean isOpen() {
    return status != Status.CLOSED && status != Status.RECTIFIED && status != Status.FAILED;
  }

  void scored(InspectionResult result, LocalDateTime now) {
    totalScore = result.total();
    maxScore = result.max();
    passed = result.passed();
    scoredAt = now;
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getInspectionNo() { return inspectionNo; }
  public void setInspectionNo(String inspectionNo) { this.inspectionNo = inspectionNo; }
  public String getInspectionType() { return inspectionType; }
  public void setInspectionType(String inspectionType) { this.inspectionType = inspectionType; }
  public String getStationCode() { return stationCode; }
  public void setStationCode(String stationCode) { this.stationCode = stationCode; }
  public String getStationName() { return stationName; }
  public void setStationName(String stationName) { this.stationName = stationName; }
  public Long getProjectId() { return projectId; }
  public void setProjectId(Long projectId) { this.projectId = projectId; }
  public String getProjectName() { return projectName; }
  public void setProjectName(String projectName) { this.projectName = projectName; }
  public Long getTemplateId() { return templateId; }
  public void setTemplateId(Long templateId) { this.templateId = templateId; }
  public String getTemplateName() { return templateName; }
  public void setTemplateName(String templateName) { this.templateName = templateName; }
  public int getTemplateVersion() { return templateVersion; }
  public void setTemplateVersion(int templateVersion) { this.templateVersion = templateVersion; }
  public Long getRoundId() { return roundId; }
  public void setRoundId(Long roundId) { this.roundId = roundId; }
  public LocalDate getPlannedOn() { return plannedOn; }
  public void setPlannedOn(LocalDate plannedOn) { this.plannedOn = plannedOn; }
  public String getPlannedBy() { return plannedBy; }
  public void setPlannedBy(String plannedBy) { this.plannedBy = plannedBy; }
  public int getRectificationDays() { return rectificationDays; }
  public void setRectificationDays(int rectificationDays) { this.rectificationDays = rectificationDays; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public BigDecimal getTotalScore() { return totalScore; }
  public void setTotalScore(BigDecimal totalScore) { this.totalScore = totalScore; }
  public BigDecimal getMaxScore() { return maxScore; }
  public void setMaxScore(BigDecimal maxScore) { this.maxScore = maxScore; }
  public Boolean getPassed() { return passed; }
  public void setPassed(Boolean passed) { this.passed = passed; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getScoredAt() { return scoredAt; }
  public void setScoredAt(LocalDateTime scoredAt) { this.scoredAt = scoredAt; }
  public LocalDateTime getClosedAt() { return closedAt; }
  public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
}

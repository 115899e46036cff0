package org.socialwork.flow.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * 整改: what an inspection found to fix at a station, by when, the station's report and the re-inspection's verdict.
 * The deadline may be extended once, with a reason, by the leading group.
 */
public class Rectification {

  public enum Status { OPEN, SUBMITTED, ACCEPTED, FAILED }

  private Long id;
  private Long inspectionId;
  private String inspectionNo;
  private String stationCode;
  private String stationName;
  private String notice;
  private LocalDate deadline;
  private Status status;
  private String report;
  private LocalDateTime reportedAt;
  private String reviewComment;
  private String reviewedBy;
  private boolean extended;
  private String extensionReason;
  private LocalDateTime createdAt;
  private LocalDateTime closedAt;

  static Rectification issue(Inspection inspection, String notice, LocalDate deadline, LocalDateTime now) {
    Rectification r = new Rectification();
    r.inspectionId = inspection.getId();
    r.stationCode = inspection.getStationCode();
    r.notice = notice;
    r.deadline = deadline;
    r.status = Status.OPEN;
    r.createdAt = now;
    return r;
  }

  public boolean isOpen() {
    return status == Status.OPEN || status == Status.SUBMITTED;
  }

  /** Days past the deadline on the given day (0 when not overdue or closed). */
  public long daysOverdue(LocalDate today) {
    return isOpen() && today.isAfter(deadline) ? ChronoUnit.DAYS.between(deadline, today) : 0;
  }

  void report(String text, LocalDateTime now) {
    report = text;
    reportedAt = now;
    status = Status.SUBMITTED;
  }

  void review(boolean accepted, String comment, String by, LocalDateTime now) {
    reviewComment = comment;
    reviewedBy = by;
    status = accepted ? Status.ACCEPTED : Status.OPEN;
    closedAt = accepted ? now : null;
  }

  /** The one extension the leading group may grant; a second is refused. */
  void extend(LocalDate newDeadline, String reason) {
    if (extended) {
      throw new IllegalStateException("already extended");
    }
    extended = true;
    extensionReason = reason;
    deadline = newDeadline;
    status = Status.OPEN;
  }

  void fail(String reason, String by, LocalDateTime now) {
    reviewComment = reason;
    reviewedBy = by;
    status = Status.FAILED;
    closedAt = now;
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getInspectionId() { return inspectionId; }
  public void setInspectionId(Long inspectionId) { this.inspectionId = inspectionId; }
  public String getInspectionNo() { return inspectionNo; }
  public void setInspectionNo(String inspectionNo) { this.inspectionNo = inspectionNo; }
  public String getStationCode() { return stationCode; }
  public void setStationCode(String stationCode) { this.stationCode = stationCode; }
  public String getStationName() { return stationName; }
  public void setStationName(String stationName) { this.stationName = stationName; }
  public String getNotice() { return notice; }
  public void setNotice(String notice) { this.notice = notice; }
  public LocalDate getDeadline() { return deadline; }
  public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public String getReport() { return report; }
  public void setReport(String report) { this.report = report; }
  public LocalDateTime getReportedAt() { return reportedAt; }
  public void setReportedAt(LocalDateTime reportedAt) { this.reportedAt = reportedAt; }
  public String getReviewComment() { return reviewComment; }
  public void setReviewComment(String reviewComment) { this.reviewComment = reviewComment; }
  public String getReviewedBy() { return reviewedBy; }
  public void setReviewedBy(String reviewedBy) { this.reviewedBy = reviewedBy; }
  public boolean isExtended() { return extended; }
  public void setExtended(boolean extended) { this.extended = extended; }
  public String getExtensionReason() { return extensionReason; }
  public void setExtensionReason(String extensionReason) { this.extensionReason = extensionReason; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getClosedAt() { return closedAt; }
  public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
}

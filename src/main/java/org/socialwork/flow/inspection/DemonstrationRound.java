package org.socialwork.flow.inspection;

import java.time.LocalDateTime;

/**
 * 示范站评选: an evaluation round over chosen stations with the demonstration template; each station's inspection is
 * scored by the experts, the ranking follows the totals, and the leading group records its decision.
 */
public class DemonstrationRound {

  public enum Status { OPEN, DECIDED }

  private Long id;
  private String name;
  private Long templateId;
  private Status status;
  private String openedBy;
  private LocalDateTime openedAt;
  private String decision;
  private String decidedBy;
  private LocalDateTime decidedAt;

  static DemonstrationRound open(String name, Long templateId, String by, LocalDateTime now) {
    DemonstrationRound r = new DemonstrationRound();
    r.name = name;
    r.templateId = templateId;
    r.status = Status.OPEN;
    r.openedBy = by;
    r.openedAt = now;
    return r;
  }

  void decide(String decision, String by, LocalDateTime now) {
    if (status == Status.DECIDED) {
      throw new IllegalStateException("already decided");
    }
    this.decision = decision;
    this.decidedBy = by;
    this.decidedAt = now;
    this.status = Status.DECIDED;
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Long getTemplateId() { return templateId; }
  public void setTemplateId(Long templateId) { this.templateId = templateId; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public String getOpenedBy() { return openedBy; }
  public void setOpenedBy(String openedBy) { this.openedBy = openedBy; }
  public LocalDateTime getOpenedAt() { return openedAt; }
  public void setOpenedAt(LocalDateTime openedAt) { this.openedAt = openedAt; }
  public String getDecision() { return decision; }
  public void setDecision(String decision) { this.decision = decision; }
  public String getDecidedBy() { return decidedBy; }
  public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
}

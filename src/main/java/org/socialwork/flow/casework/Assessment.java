package org.socialwork.flow.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.socialwork.flow.form.FormData;

/**
 * 需求评估: the three-system assessment of a case (自身、家庭、社会), its emergency screen, the needs it names
 * (from the needs library) and, once the decision table has run, its risk level and re-assessment period.
 */
public class Assessment {

  static final String SUBMITTED = "SUBMITTED";
  static final String RETURNED = "RETURNED";
  static final String APPROVED = "APPROVED";

  private Long id;
  private Long caseId;
  private LocalDate assessedOn;
  private String assessedBy;
  private String health;
  private String selfCare;
  private String familySupport;
  private String socialSupport;
  private String individualSystem;
  private String familySystem;
  private String socialSystem;
  private String strengths;
  private String risks;
  private String emergencyFlags;
  private String priority;
  private String summary;
  private String riskLevel;
  private String reassessAfter;
  private String status;
  private LocalDateTime createdAt;
  private List<String> needs = List.of();

  protected Assessment() {
  }

  static Assessment record(Long caseId, FormData form, String by, LocalDateTime now) {
    Assessment a = new Assessment();
    a.caseId = caseId;
    a.assessedOn = form.date("assessedOn");
    a.assessedBy = by;
    a.health = form.text("health");
    a.selfCare = form.text("selfCare");
    a.familySupport = form.text("familySupport");
    a.socialSupport = form.text("socialSupport");
    a.individualSystem = form.text("individualSystem");
    a.familySystem = form.text("familySystem");
    a.socialSystem = form.text("socialSystem");
    a.strengths = form.text("strengths");
    a.risks = form.text("risks");
    a.emergencyFlags = form.list("emergency").isEmpty() ? null : String.join(",", form.list("emergency"));
    a.priority = form.text("priority");
    a.summary = form.text("summary");
    a.status = SUBMITTED;
    a.createdAt = now;
    a.needs = List.copyOf(form.list("needs"));
    return a;
  }

  /** Any hit of the emergency screen: the decision table then skips scoring. */
  public boolean emergency() {
    return emergencyFlags != null && !emergencyFlags.isBlank();
  }

  void rate(String level, String reassessPeriod) {
    riskLevel = level;
    reassessAfter = reassessPeriod;
  }

  void reviewed(boolean approved) {
    status = approved ? APPROVED : RETURNED;
  }

  public Long getId() { return id; }
  public Long getCaseId() { return caseId; }
  public LocalDate getAssessedOn() { return assessedOn; }
  public String getAssessedBy() { return assessedBy; }
  public String getHealth() { return health; }
  public String getSelfCare() { return selfCare; }
  public String getFamilySupport() { return familySupport; }
  public String getSocialSupport() { return socialSupport; }
  public String getIndividualSystem() { return individualSystem; }
  public String getFamilySystem() { return familySystem; }
  public String getSocialSystem() { return socialSystem; }
  public String getStrengths() { return strengths; }
  public String getRisks() { return risks; }
  public String getEmergencyFlags() { return emergencyFlags; }
  public String getPriority() { return priority; }
  public String getSummary() { return summary; }
  public String getRiskLevel() { return riskLevel; }
  public String getReassessAfter() { return reassessAfter; }
  public String getStatus() { return status; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public List<String> getNeeds() { return needs; }
}

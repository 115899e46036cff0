package org.socialwork.flow.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 项目库: a service project run at one or more stations (none: district-wide), with its category, period, funder,
 * budget, targets with indicators, responsible organisation and people, and status. Inspections (mid-term, annual) are
 * planned against it.
 */
public class Project {

  public static final List<String> CATEGORIES = List.of("elderly_children", "three_areas", "governance", "assistance",
      "other");

  private Long id;
  private String name;
  private String category;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private String funder;
  private BigDecimal budget;
  private String targets;
  private String responsibleOrg;
  private String responsiblePeople;
  private String status;
  private String createdBy;
  private LocalDateTime createdAt;
  private LocalDateTime updatedAt;
  private List<ProjectStation> stations = List.of();

  public Project() {
  }

  public Project(String name, String category, LocalDate periodStart, LocalDate periodEnd, String funder,
                 BigDecimal budget, String targets, String responsibleOrg, String responsiblePeople, String status) {
    this.name = name;
    this.category = category;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.funder = funder;
    this.budget = budget;
    this.targets = targets;
    this.responsibleOrg = responsibleOrg;
    this.responsiblePeople = responsiblePeople;
    this.status = status;
  }

  /** District-wide: run at no particular station. */
  public boolean isDistrictWide() {
    return stations.isEmpty();
  }

  public List<String> stationCodes() {
    return stations.stream().map(ProjectStation::stationCode).toList();
  }

  /** Whether the project is run at this station (a district-wide project is run at every station). */
  public boolean runsAt(String stationCode) {
    return isDistrictWide() || stationCodes().contains(stationCode);
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getCategory() { return category; }
  public void setCategory(String category) { this.category = category; }
  public LocalDate getPeriodStart() { return periodStart; }
  public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
  public String getFunder() { return funder; }
  public void setFunder(String funder) { this.funder = funder; }
  public BigDecimal getBudget() { return budget; }
  public void setBudget(BigDecimal budget) { this.budget = budget; }
  public String getTargets() { return targets; }
  public void setTargets(String targets) { this.targets = targets; }
  public String getResponsibleOrg() { return responsibleOrg; }
  public void setResponsibleOrg(String responsibleOrg) { this.responsibleOrg = responsibleOrg; }
  public String getResponsiblePeople() { return responsiblePeople; }
  public void setResponsiblePeople(String responsiblePeople) { this.responsiblePeople = responsiblePeople; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public String getCreatedBy() { return createdBy; }
  public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
  public LocalDateTime getCreatedAt() { return createdAt; }
  public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
  public LocalDateTime getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
  public List<ProjectStation> getStations() { return stations; }
  public void setStations(List<ProjectStation> stations) { this.stations = List.copyOf(stations); }
}

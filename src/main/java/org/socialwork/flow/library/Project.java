package org.socialwork.flow.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 项目库: a service project run at a station (or district-wide when {@code stationCode} is null), with its category,
 * period, funder, budget, targets with indicators, responsible organisation and people, and status. Inspections
 * (mid-term, annual) are planned against it.
 */
public record Project(Long id, String name, String category, String stationCode, String stationName,
                      LocalDate periodStart, LocalDate periodEnd, String funder, BigDecimal budget, String targets,
                      String responsibleOrg, String responsiblePeople, String status, String createdBy,
                      LocalDateTime createdAt, LocalDateTime updatedAt) {

  public static final List<String> CATEGORIES = List.of("elderly_children", "three_areas", "governance", "assistance",
      "other");
}

package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One version of a checklist template (五有, 示范站, 项目中期/年度 …). Versions are never changed once saved: an
 * administrator's edit saves a new version, and an inspection keeps the version it was planned with.
 */
public record InspectionTemplate(Long id, String code, int version, String name, BigDecimal passThreshold,
                                 boolean latest, String createdBy, LocalDateTime createdAt) {
}

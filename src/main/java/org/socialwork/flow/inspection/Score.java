package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One inspector's score of one item, the finding, and whether the item must be rectified. */
public record Score(Long id, Long inspectionId, Long itemId, String inspector, BigDecimal score, String finding,
                    boolean needsRectification, LocalDateTime scoredAt) {
}

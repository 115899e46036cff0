package org.socialwork.flow.inspection;

import java.time.LocalDateTime;

/** An evidence file about to be stored (content checked by {@link EvidenceUpload}). */
public record NewEvidence(Long inspectionId, Long rectificationId, String stationCode, String fileName,
                          String contentType, long sizeBytes, byte[] content, String uploadedBy,
                          LocalDateTime uploadedAt) {
}

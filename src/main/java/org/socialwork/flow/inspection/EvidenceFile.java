package org.socialwork.flow.inspection;

import java.time.LocalDateTime;

/** An evidence file's description (the content is read only for a download). */
public record EvidenceFile(Long id, Long inspectionId, Long rectificationId, String stationCode, String fileName,
                           String contentType, long sizeBytes, String uploadedBy, LocalDateTime uploadedAt) {
}

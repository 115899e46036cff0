package org.socialwork.flow.linkage;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The linkage record of one subject: which forces took part is kept beside it (linkage_force). */
record Linkage(Long id, String subjectKind, String subjectRef, String subjectTitle, String stationCode,
               LocalDate occurredOn, String note, String recordedBy, LocalDateTime recordedAt, String updatedBy,
               LocalDateTime updatedAt, int version) {
}

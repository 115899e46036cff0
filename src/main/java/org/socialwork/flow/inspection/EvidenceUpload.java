package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.socialwork.flow.form.FileUploads;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files (photos, documents) of an inspection or its rectification, stored in the database. A file is
 * accepted only when its content is what its extension says (JPEG, PNG, PDF, Word or Excel by their leading bytes,
 * never by the browser's content type), it is no larger than {@code socialwork.inspection.max-upload}, and its name
 * is usable once reduced to a plain file name. Inspectors attach to the inspection while they score it; the station
 * supervisor attaches to the rectification while it is open.
 */
@Component
public class EvidenceUpload {

  /** Extension → content type; the content must start with the type's signature. */
  static final Map<String, String> TYPES = FileUploads.TYPES;

  private final InspectionMapper inspections;
  private final org.socialwork.flow.tasklist.Inbox tasks;
  private final Clock clock;
  private final long maxBytes;

  EvidenceUpload(InspectionMapper inspections, org.socialwork.flow.tasklist.Inbox tasks, Clock clock,
                 @Value("${socialwork.inspection.max-upload:5MB}") DataSize maxUpload) {
    this.inspections = inspections;
    this.tasks = tasks;
    this.clock = clock;
    this.maxBytes = maxUpload.toBytes();
  }

  public long maxBytes() {
    return maxBytes;
  }

  @Transactional
  public Long upload(String inspectionNo, String originalName, byte[] content, StaffMember member) {
    Inspection inspection = inspections.findInspectionByNo(inspectionNo, member.scope())
        .orElseThrow(() -> new InspectionNotFoundException(inspectionNo));
    if (!FileUploads.acceptableName(originalName)) {
      throw new EvidenceRejectedException("evidence.error.name", "file name too long or with control characters");
    }
    if (content == null || content.length == 0) {
      throw new EvidenceRejectedException("evidence.error.empty", "empty file");
    }
    if (content.length > maxBytes) {
      throw new EvidenceRejectedException("evidence.error.tooLarge", "larger than " + maxBytes + " bytes");
    }
    String name = safeName(originalName);
    String extension = FileUploads.extension(name);
    String type = TYPES.get(extension);
    if (type == null || !contentMatches(extension, content)) {
      throw new EvidenceRejectedException("evidence.error.type", "content is not " + extension);
    }
    Long rectificationId = attachTo(inspection, member);
    inspections.insertEvidence(new NewEvidence(inspection.getId(), rectificationId, inspection.getStationCode(), name,
        type, content.length, content, member.username(), LocalDateTime.now(clock)));
    return rectificationId;
  }

  /** Inspectors scoring: the inspection (null); the station's supervisor with an open rectification: that one. */
  private Long attachTo(Inspection inspection, StaffMember member) {
    String pid = inspection.getProcessInstanceId();
    if (pid != null && tasks.hasOpen(pid, "Task_ScoreInspection", member.username())) {
      return null;
    }
    if (pid != null && member.stationsAs(Role.SUPERVISOR).contains(inspection.getStationCode())
        && tasks.hasOpen(pid, "Task_SubmitRectification", null)) {
      return inspections.findRectificationOf(inspection.getId()).map(Rectification::getId)
          .orElseThrow(() -> new EvidenceRejectedException("evidence.error.notNow", "no rectification"));
    }
    throw new EvidenceRejectedException("evidence.error.notNow", "no open scoring or rectification of yours");
  }

  /** Longest file name taken as sent (it is shortened to 100 characters for storing). */
  static final int MAX_NAME = FileUploads.MAX_NAME;

  /** The browser's file name made safe ({@link FileUploads#safeName}); refused unless it keeps an allowed extension. */
  static String safeName(String original) {
    return FileUploads.safeName(original, TYPES.keySet()).orElseThrow(
        () -> new EvidenceRejectedException("evidence.error.type", "not an allowed file name: " + original));
  }

  static boolean contentMatches(String extension, byte[] c) {
    return FileUploads.contentMatches(extension, c);
  }
}

package org.socialwork.flow.inspection;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.socialwork.flow.form.TextCharacters;
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
  static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
      "pdf", "application/pdf",
      "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
    if (originalName != null && (originalName.length() > MAX_NAME || !TextCharacters.acceptable(originalName))) {
      throw new EvidenceRejectedException("evidence.error.name", "file name too long or with control characters");
    }
    if (content == null || content.length == 0) {
      throw new EvidenceRejectedException("evidence.error.empty", "empty file");
    }
    if (content.length > maxBytes) {
      throw new EvidenceRejectedException("evidence.error.tooLarge", "larger than " + maxBytes + " bytes");
    }
    String name = safeName(originalName);
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
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

  /**
   * The last path segment of a browser's file name, without control characters and characters that mean something
   * to file systems or headers; at most 100 characters; it must keep an allowed extension.
   */
  /** Longest file name taken as sent (it is shortened to 100 characters for storing). */
  static final int MAX_NAME = 200;

  static String safeName(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"<>:|?*%;]", "_").replaceAll("\\s+", " ").strip();
    name = name.replaceAll("^[.\\s]+", "");
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || !TYPES.containsKey(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      throw new EvidenceRejectedException("evidence.error.type", "not an allowed file name: " + original);
    }
    if (name.length() > 100) {
      name = name.substring(0, 100 - (name.length() - dot)) + name.substring(dot);
    }
    return name;
  }

  static boolean contentMatches(String extension, byte[] c) {
    return switch (extension) {
      case "jpg", "jpeg" -> startsWith(c, 0xFF, 0xD8, 0xFF);
      case "png" -> startsWith(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
      case "pdf" -> startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D);
      case "docx", "xlsx" -> startsWith(c, 0x50, 0x4B, 0x03, 0x04);
      default -> false;
    };
  }

  private static boolean startsWith(byte[] c, int... signature) {
    if (c.length < signature.length) {
      return false;
    }
    return Arrays.equals(Arrays.copyOf(c, signature.length), toBytes(signature));
  }

  private static byte[] toBytes(int[] ints) {
    byte[] b = new byte[ints.length];
    for (int i = 0; i < ints.length; i++) {
      b[i] = (byte) ints[i];
    }
    return b;
  }
}

package org.socialwork.flow.venture;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.socialwork.flow.audit.AuditTrail;
import org.socialwork.flow.form.FileUploads;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed tripartite agreement (签订三方协议) as a file kept in {@code venture_document}: PDF, JPG or PNG whose
 * content is what the extension says, at most {@code socialwork.venture.max-upload}. It comes in the task's own form
 * or, for API clients, through {@code POST /api/venture/applications/{no}/agreement} while the agreement is being
 * signed. Only the round's officer, the leading group, administrators and the applicant organisation's staff may
 * download it; everyone else is told it does not exist.
 */
@Service
class AgreementDocuments {

  static final String KIND = "agreement";
  /** Extension → content type of what an agreement may be. */
  static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
      "jpeg", "image/jpeg", "png", "image/png");
  private static final DataScope DISTRICT = new DataScope(true, java.util.List.of());

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AgreementDocuments.class);

  private final VentureMapper venture;
  private final VentureSettings settings;
  private final AuditTrail audit;
  private final Clock clock;

  AgreementDocuments(VentureMapper venture, VentureSettings settings, AuditTrail audit, Clock clock) {
    this.venture = venture;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  long maxBytes() {
    return settings.maxUpload().toBytes();
  }

  /**
   * Checks and stores the file as the application's agreement; the stored (safe) name. A file that is not allowed
   * is refused as a form error on {@code field}, nothing stored.
   */
  String store(VentureApplication a, String field, String originalName, byte[] content, StaffMember member,
               Map<String, Object> submitted) {
    FormErrors errors = new FormErrors();
    Optional<String> name = checked(errors, field, originalName, content, maxBytes());
    errors.throwIfAny(submitted);
    String fileName = name.orElseThrow();
    try {
      venture.insertDocument(a.id(), KIND, fileName, TYPES.get(FileUploads.extension(fileName)), content.length,
          new java.io.ByteArrayInputStream(content), member.username(), LocalDateTime.now(clock));
    } catch (org.springframework.dao.DataAccessException e) {
      if (!tooLargeForTheDatabase(e)) {
        throw e;
      }
      // the database's packet limit (MariaDB max_allowed_packet) is below what this file needs: the user's answer
      // is the size message, the operator's is in docs/venture.md
      log.warn("Agreement of {} ({} bytes) refused by the database: {}", a.applicationNo(), content.length,
          e.getMostSpecificCause().getMessage());
      new FormErrors().reject(field, "venture.agreement.error.tooLarge", maxBytes() / (1024 * 1024))
          .throwIfAny(submitted);
    }
    return fileName;
  }

  /**
   * The checks of every venture document (the agreement, an activity's photos): a usable name, not empty, at most
   * {@code max} bytes, PDF/JPG/PNG by its content. The safe name, or empty with the reason rejected on {@code field}.
   */
  static Optional<String> checked(FormErrors errors, String field, String originalName, byte[] content, long max) {
    Optional<String> name = FileUploads.safeName(originalName, TYPES.keySet());
    if (!FileUploads.acceptableName(originalName)) {
      errors.reject(field, "venture.agreement.error.name");
    } else if (content == null || content.length == 0) {
      errors.reject(field, "venture.agreement.error.empty");
    } else if (content.length > max) {
      errors.reject(field, "venture.agreement.error.tooLarge", max / (1024 * 1024));
    } else if (name.isEmpty() || !FileUploads.contentMatches(FileUploads.extension(name.get()), content)) {
      errors.reject(field, "venture.agreement.error.type");
    } else {
      return name;
    }
    return Optional.empty();
  }

  /**
   * API upload, only while the agreement is being signed (409 otherwise): the round's officer (the task's assignee),
   * the applicant organisation's staff (who may take it), the leading group and administrators; anyone else 404.
   */
  @Transactional
  String upload(String applicationNo, String originalName, byte[] content, StaffMember member) {
    VentureApplication a = find(applicationNo);
    VentureReader reader = VentureReader.of(member, venture);
    boolean officer = member.username().equals(roundOf(a).officer());
    boolean applicant = a.organizationId().equals(reader.organizationId());
    if (!officer && !applicant && !reader.manages()) {
      throw new VentureNotFoundException(applicationNo);
    }
    if (!VentureApplication.SIGNING.equals(a.status())) {
      throw new VentureConflictException("venture.agreement.notNow", applicationNo + " is not being signed");
    }
    return store(a, "file", originalName, content, member, Map.of());
  }

  Optional<VentureMapper.Document> latest(Long applicationId) {
    return venture.findLatestDocument(applicationId, KIND);
  }

  /** The agreement with its bytes for a reader allowed to download it; 404 for everyone else and when none. */
  @Transactional
  Download download(String applicationNo, StaffMember member, String channel) {
    VentureApplication a = find(applicationNo);
    if (!mayDownload(a, member)) {
      throw new VentureNotFoundException(applicationNo);
    }
    VentureMapper.Document d = latest(a.id()).orElseThrow(() -> new VentureNotFoundException(applicationNo));
    audit.record(member.username(), "VENTURE_AGREEMENT_DOWNLOAD", a.applicationNo(), channel);
    return new Download(d, venture.findDocumentContent(d.id()).content());
  }

  /** The round's officer, the leading group, administrators and the applicant organisation's staff. */
  boolean mayDownload(VentureApplication a, StaffMember member) {
    VentureReader reader = VentureReader.of(member, venture);
    return reader.manages() || member.username().equals(roundOf(a).officer())
        || a.organizationId().equals(reader.organizationId());
  }

  private static boolean tooLargeForTheDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("PacketTooBigException")) {
        return true;
      }
    }
    return false;
  }

  private VentureApplication find(String applicationNo) {
    return venture.findApplicationByNo(applicationNo, DISTRICT, null)
        .orElseThrow(() -> new VentureNotFoundException(applicationNo));
  }

  private VentureRound roundOf(VentureApplication a) {
    return venture.findRound(a.roundId()).orElseThrow();
  }

  record Download(VentureMapper.Document document, byte[] content) {
  }
}

package org.socialwork.flow.venture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.form.UploadedFile;
import org.socialwork.flow.organization.DataScope;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实施阶段的活动记录: while a funded project is implemented, its organisation (or the round's officer, the leading
 * group, an administrator) records each activity: the day (not before the agreement was signed, not after today),
 * a title, how many took part, the volunteer hours when volunteers took part, what was done, and up to
 * {@link #MAX_FILES} photos or attachments (PDF, JPG, PNG by content, each at most {@code socialwork.venture.max-upload}).
 * Everything or nothing is stored; the mid-term and final reports count them.
 */
@Service
class ProjectActivities {

  static final int MAX_FILES = 10;
  private static final DataScope DISTRICT = new DataScope(true, List.of());

  private final VentureMapper venture;
  private final AgreementDocuments documents;
  private final Clock clock;

  ProjectActivities(VentureMapper venture, AgreementDocuments documents, Clock clock) {
    this.venture = venture;
    this.documents = documents;
    this.clock = clock;
  }

  /** Whether the member records activities of the application: its organisation, the officer, the district's managers. */
  boolean mayRecord(VentureApplication a, StaffMember member) {
    VentureReader reader = VentureReader.of(member, venture);
    return reader.manages() || a.organizationId().equals(reader.organizationId())
        || member.username().equals(venture.findRound(a.roundId()).map(VentureRound::officer).orElse(null));
  }

  /** Whether the application is at the stage activities are recorded in. */
  static boolean recording(VentureApplication a) {
    return VentureApplication.IMPLEMENTING.equals(a.status());
  }

  /**
   * {heldOn, title, participants, volunteerHours?, content?} and the files: the new activity's id. 404 for anyone
   * who may not record it, 409 outside implementation, 400 (the page: 422) naming the field.
   */
  @Transactional
  public Long record(String applicationNo, Map<String, Object> fields, List<UploadedFile> files, StaffMember member) {
    VentureApplication a = venture.findApplicationByNo(applicationNo, DISTRICT, null)
        .filter(found -> mayRecord(found, member))
        .orElseThrow(() -> new VentureNotFoundException(applicationNo));
    if (!recording(a)) {
      throw new VentureConflictException("venture.activity.notNow", applicationNo + " is not being implemented");
    }
    JsonInput in = JsonInput.of(fields);
    LocalDate heldOn = in.date("heldOn", true);
    LocalDate today = LocalDate.now(clock);
    if (heldOn != null && heldOn.isAfter(today)) {
      in.reject("heldOn", "venture.activity.future");
    } else if (heldOn != null && a.agreementSignedOn() != null && heldOn.isBefore(a.agreementSignedOn())) {
      in.reject("heldOn", "venture.activity.beforeAgreement", a.agreementSignedOn());
    }
    String title = in.text("title", true, 100);
    BigDecimal participants = in.amount("participants", true);
    if (participants != null && (participants.stripTrailingZeros().scale() > 0
        || participants.compareTo(BigDecimal.valueOf(100000)) > 0)) {
      in.reject("participants", "venture.activity.participants.invalid");
    }
    BigDecimal hours = in.amount("volunteerHours", false);
    if (hours != null && hours.compareTo(BigDecimal.valueOf(10000)) >= 0) {
      in.reject("volunteerHours", "venture.activity.hours");
    }
    String content = in.text("content", false, 1000);
    List<UploadedFile> attached = files == null ? List.of()
        : files.stream().filter(f -> f.content() != null && f.content().length > 0).toList();
    if (attached.size() > MAX_FILES) {
      in.reject("files", "venture.activity.tooManyFiles", MAX_FILES);
    }
    FormErrors fileErrors = new FormErrors();
    List<String> names = attached.stream()
        .map(f -> AgreementDocuments.checked(fileErrors, "files", f.originalName(), f.content(), documents.maxBytes())
            .orElse(null))
        .toList();
    fileErrors.asMap().forEach((field, m) -> in.reject(field, m.code(), m.args().toArray()));
    in.throwIfAny();

    LocalDateTime now = LocalDateTime.now(clock);
    VentureMapper.Key key = new VentureMapper.Key();
    venture.insertActivity(new VentureMapper.ActivityRecord(null, a.id(), heldOn, title, participants.intValueExact(),
        hours == null || hours.signum() == 0 ? null : hours, content, member.username(), now), key);
    for (int i = 0; i < attached.size(); i++) {
      String name = names.get(i);
      byte[] bytes = attached.get(i).content();
      venture.insertActivityDocument(a.id(), key.id, name,
          AgreementDocuments.TYPES.get(org.socialwork.flow.form.FileUploads.extension(name)), bytes.length,
          new java.io.ByteArrayInputStream(bytes), member.username(), now);
    }
    return key.id;
  }

  /** An activity's attachment for a reader of its application (404 for anyone else). */
  @Transactional(readOnly = true)
  public Attachment attachment(Long documentId, StaffMember member) {
    VentureMapper.ActivityDocument d = venture.findActivityDocument(documentId)
        .orElseThrow(() -> new VentureNotFoundException("document " + documentId));
    VentureReader reader = VentureReader.of(member, venture);
    VentureApplication a = venture.findApplication(d.applicationId())
        .orElseThrow(() -> new VentureNotFoundException("document " + documentId));
    venture.findApplicationByNo(a.applicationNo(), reader.scope(), reader.organizationId())
        .orElseThrow(() -> new VentureNotFoundException("document " + documentId));
    return new Attachment(d, venture.findDocumentContent(d.id()).content());
  }

  record Attachment(VentureMapper.ActivityDocument document, byte[] content) {
  }
}

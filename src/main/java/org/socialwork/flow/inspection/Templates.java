package org.socialwork.flow.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.socialwork.flow.form.FormErrors;
import org.socialwork.flow.organization.Role;
import org.socialwork.flow.organization.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklist templates as data. Administrators edit a template as lines {@code 维度 | 检查内容 | 满分}; saving makes
 * the next version the latest, and inspections already planned keep the version they were planned with.
 */
@Component
public class Templates {

  private final InspectionMapper inspections;
  private final Clock clock;

  Templates(InspectionMapper inspections, Clock clock) {
    this.inspections = inspections;
    this.clock = clock;
  }

  public static boolean edits(StaffMember member) {
    return member.has(Role.ADMIN);
  }

  @Transactional(readOnly = true)
  public List<InspectionTemplate> latest() {
    return inspections.findLatestTemplates();
  }

  @Transactional(readOnly = true)
  public InspectionTemplate latest(String code) {
    return inspections.findLatestTemplate(code).orElseThrow(() -> new InspectionNotFoundException(code));
  }

  @Transactional(readOnly = true)
  public List<InspectionTemplate> versions(String code) {
    return inspections.findTemplateVersions(code);
  }

  @Transactional(readOnly = true)
  public List<TemplateItem> items(Long templateId) {
    return inspections.findItems(templateId);
  }

  /** The items as the editor shows them, one per line. */
  public static String asLines(List<TemplateItem> items) {
    StringBuilder sb = new StringBuilder();
    items.forEach(i -> sb.append(i.dimension()).append(" | ").append(i.title()).append(" | ")
        .append(i.maxScore().stripTrailingZeros().toPlainString()).append('\n'));
    return sb.toString();
  }

  /** Saves a new version of the template (code) and makes it the latest; returns it. */
  @Transactional
  public InspectionTemplate revise(String code, String name, String threshold, String lines, StaffMember member) {
    if (!edits(member)) {
      throw new AccessDeniedException("Only administrators edit templates");
    }
    latest(code);
    FormErrors errors = new FormErrors();
    if (name == null || name.isBlank() || name.length() > 100) {
      errors.reject("name", "form.required");
    }
    BigDecimal pass = null;
    try {
      pass = new BigDecimal(threshold == null ? "" : threshold.strip());
    } catch (NumberFormatException e) {
      errors.reject("passThreshold", "form.number");
    }
    List<String[]> parsed = new ArrayList<>();
    BigDecimal max = BigDecimal.ZERO;
    for (String line : (lines == null ? "" : lines).split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|");
      try {
        BigDecimal m = new BigDecimal(parts[2].strip());
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || m.signum() <= 0
            || parts[0].strip().length() > 100 || parts[1].strip().length() > 300) {
          throw new IllegalArgumentException();
        }
        parsed.add(new String[] {parts[0].strip(), parts[1].strip(), m.toPlainString()});
        max = max.add(m);
      } catch (RuntimeException e) {
        errors.reject("items", "template.error.line", line.strip());
        break;
      }
    }
    if (parsed.isEmpty() && !errors.has("items")) {
      errors.reject("items", "form.required");
    }
    if (pass != null && (pass.signum() < 0 || pass.compareTo(max) > 0)) {
      errors.reject("passThreshold", "template.error.threshold", max.toPlainString());
    }
    errors.throwIfAny(java.util.Map.of("name", name == null ? "" : name, "passThreshold",
        threshold == null ? "" : threshold, "items", lines == null ? "" : lines));
    int version = inspections.findTemplateVersions(code).get(0).version() + 1;
    inspections.clearLatest(code);
    inspections.insertTemplate(code, version, name.strip(), pass, member.username(), LocalDateTime.now(clock));
    InspectionTemplate saved = inspections.findTemplateVersion(code, version).orElseThrow();
    int position = 1;
    for (String[] p : parsed) {
      inspections.insertItem(new TemplateItem(null, saved.id(), position++, p[0], p[1], new BigDecimal(p[2])));
    }
    return saved;
  }
}

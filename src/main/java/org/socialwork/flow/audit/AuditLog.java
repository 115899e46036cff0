package org.socialwork.flow.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log (administrators and the leading group; the security configuration admits only them to
 * {@code /admin/audit} and {@code /api/audit}). The district is one, so the leading group's district is all of it.
 */
@Service
public class AuditLog {

  private final AuditMapper mapper;

  public AuditLog(AuditMapper mapper) {
    this.mapper = mapper;
  }

  @Transactional(readOnly = true)
  public Result search(AuditQuery query) {
    var fromAt = query.from() == null ? null : query.from().atStartOfDay();
    var toAt = query.to() == null ? null : query.to().plusDays(1).atStartOfDay();
    int total = mapper.count(query, fromAt, toAt);
    List<AuditEntry> entries = total == 0 ? List.of() : mapper.find(query, fromAt, toAt);
    return new Result(entries, query.page(), query.size(), total);
  }

  public record Result(List<AuditEntry> entries, int page, int size, int total) {

    public boolean hasNext() {
      return (long) (page + 1) * size < total;
    }
  }
}

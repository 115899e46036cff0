package org.socialwork.flow.modeling;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The model audit: every deployment, migration and model download, listed on the administration pages. */
@Component
public class ModelAudit {

  public static final String DEPLOY = "DEPLOY";
  public static final String MIGRATE = "MIGRATE";
  public static final String DOWNLOAD = "DOWNLOAD";

  private final ModelAuditMapper mapper;

  ModelAudit(ModelAuditMapper mapper) {
    this.mapper = mapper;
  }

  void deployed(String username, String processKey, Integer version, String deploymentId, String source,
                String files, Date at) {
    mapper.insert(new AuditEntry(null, LocalDateTime.ofInstant(at.toInstant(), ZoneId.systemDefault()).withNano(0), username,
        DEPLOY, processKey, version, deploymentId, cut(source, 64), cut(files, 1000)));
  }

  void migrated(String username, String processKey, int fromVersion, int toVersion, String batchId, int instances) {
    mapper.insert(new AuditEntry(null, now(), username, MIGRATE, processKey, toVersion, batchId, "page",
        cut("v" + fromVersion + " → v" + toVersion + ": " + instances, 1000)));
  }

  void downloaded(String username, String processKey, int version, String definitionId) {
    mapper.insert(new AuditEntry(null, now(), username, DOWNLOAD, processKey, version, cut(definitionId, 64), "page",
        null));
  }

  public List<AuditEntry> latest(int limit) {
    return mapper.latest(limit);
  }

  public List<AuditEntry> ofProcess(String processKey, int limit) {
    return mapper.ofProcess(processKey, limit);
  }

  /** Who deployed each of these deployments (absent: the application's start-up deployment). */
  public Map<String, AuditEntry> deployers(List<String> deploymentIds) {
    if (deploymentIds.isEmpty()) {
      return Map.of();
    }
    return mapper.deploymentsOf(deploymentIds).stream()
        .collect(Collectors.toMap(AuditEntry::subject, Function.identity(), (a, b) -> a));
  }

  private static LocalDateTime now() {
    return LocalDateTime.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
        ZoneId.systemDefault()).withNano(0);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}

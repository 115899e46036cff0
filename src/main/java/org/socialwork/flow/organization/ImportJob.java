package org.socialwork.flow.organization;

import java.time.LocalDateTime;

/**
 * One import of a validated file: QUEUED, RUNNING, DONE or FAILED, with its progress (rows done of total). {@code kind}
 * is {@code organization} for the organisation's own import, else an {@link ImportKind}'s name; {@code scope} the
 * station the kind imported into (null for the organisation's).
 */
public record ImportJob(String id, String filename, String status, int total, int done, int changed,
                        String startedBy, LocalDateTime createdAt, LocalDateTime finishedAt, String problem,
                        String kind, String scope) {

  public int percent() {
    return total == 0 ? 100 : done * 100 / total;
  }

  public boolean finished() {
    return "DONE".equals(status) || "FAILED".equals(status);
  }
}

package org.socialwork.flow.organization;

import java.time.LocalDateTime;

/** One import of a validated file: QUEUED, RUNNING, DONE or FAILED, with its progress (rows done of total). */
public record ImportJob(String id, String filename, String status, int total, int done, int changed,
                        String startedBy, LocalDateTime createdAt, LocalDateTime finishedAt, String problem) {

  public int percent() {
    return total == 0 ? 100 : done * 100 / total;
  }

  public boolean finished() {
    return "DONE".equals(status) || "FAILED".equals(status);
  }
}
